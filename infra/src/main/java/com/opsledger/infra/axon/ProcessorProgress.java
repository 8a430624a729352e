package com.opsledger.infra.axon;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Signals every time a processor of this process moves on (its status changes once a batch is committed), so that
 * whoever waits for a processor to pass a position wakes at once instead of polling.
 */
@Component
public class ProcessorProgress implements EventTrackerStatusChangeListener {

    private final Object moved = new Object();
    private long generation;

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        synchronized (moved) {
            generation++;
            moved.notifyAll();
        }
    }

    /** A count of the moves so far: read it before checking, and wait only for a move after that check. */
    public long generation() {
        synchronized (moved) {
            return generation;
        }
    }

    @Override
    public boolean validatePositions() {
        return true;
    }

    /**
     * Waits at most {@code nanos} for any processor to move on after {@code seen} (a {@link #generation()}); the
     * caller checks again what it waits for.
     */
    public void awaitProgress(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (moved) {
            long left = nanos;
            while (generation == seen && left > 0) {
                moved.wait(Math.max(1, left / 1_000_000));
                left = deadline - System.nanoTime();
            }
        }
    }
}
