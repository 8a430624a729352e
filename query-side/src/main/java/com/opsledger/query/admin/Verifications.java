package com.opsledger.query.admin;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection aside from the event store, with the projection's own handlers, and compares the copy with
 * the live read model at the same event position. The live projection keeps running; when it moves on while the
 * two are compared, the copy catches up to it and they are compared again.
 */
@Component
class Verifications {

    private static final int BATCH = 500;
    private static final int ATTEMPTS = 5;
    private static final long LIVE_WAIT_MILLIS = 30_000;
    private static final long GAP_PAUSE_MILLIS = 200;

    private final Projections projections;
    private final ProjectionHandlers handlers;
    private final EventStore eventStore;

    Verifications(Projections projections, ProjectionHandlers handlers, EventStore eventStore) {
        this.projections = projections;
        this.handlers = handlers;
        this.eventStore = eventStore;
    }

    VerificationView verify(String name) {
        projections.known(name);
        ReadModelStore store = projections.store(name).orElseThrow(() -> new BusinessRuleViolationException(
                "verify-not-supported", "projection " + name + " has no read model that can be rebuilt aside"));
        StreamingEventProcessor streaming = projections.shared(name);
        if (projections.replaying(name)) {
            throw new BusinessRuleViolationException("projection-replaying",
                    "projection " + name + " is being replayed; verify it once it is live");
        }
        EventHandlerInvoker invoker = handlers.invoker(name);
        try (ReadModelStore.Aside aside = store.scratch(name);
             BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            long target = projections.head();
            long rebuilt = -1;
            long read = 0;
            List<TableDifference> differences = List.of();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long live = awaitLive(name, streaming, target);
                read += feed(aside, invoker, events, rebuilt, live);
                rebuilt = live;
                differences = aside.compare();
                long now = livePosition(streaming);
                if (now == live) {
                    if (differences.isEmpty() || !gapsUpTo(streaming, live)) {
                        break;
                    }
                    // an event below the live position committed after later ones: the copy has it, the live
                    // projection applies it in a moment (its token keeps the gap); compare again then
                    pause(GAP_PAUSE_MILLIS);
                }
                target = now;
            }
            long total = differences.stream().mapToLong(TableDifference::differences).sum();
            String kind = name.endsWith("-elastic") ? "elasticsearch" : "postgres";
            return new VerificationView(name, kind, rebuilt, read, total == 0, total, differences);
        }
    }

    private long awaitLive(String name, StreamingEventProcessor streaming, long target) {
        long deadline = System.currentTimeMillis() + LIVE_WAIT_MILLIS;
        while (true) {
            long live = livePosition(streaming);
            if (live >= target) {
                return live;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new BusinessRuleViolationException("projection-behind", "projection " + name
                        + " did not reach position " + target + " within 30 s (it is at " + live + ")");
            }
            sleep();
        }
    }

    /** Whether the live projection still waits for an event at or below {@code position} (a gap in its token). */
    private static boolean gapsUpTo(StreamingEventProcessor streaming, long position) {
        return streaming.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(token -> token != null)
                .map(WrappedToken::unwrapLowerBound)
                .filter(GapAwareTrackingToken.class::isInstance)
                .map(GapAwareTrackingToken.class::cast)
                .anyMatch(token -> token.hasGaps() && token.getGaps().first() <= position);
    }

    private static long livePosition(StreamingEventProcessor streaming) {
        Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
        return segments.isEmpty() ? -1 : segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /** Hands every event after {@code from} up to {@code upTo} to the handlers, in batches, against the copy. */
    private static long feed(ReadModelStore.Aside aside, EventHandlerInvoker invoker,
                             BlockingStream<TrackedEventMessage<?>> events, long from, long upTo) {
        long read = 0;
        long position = from;
        while (position < upTo) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && position < upTo && available(events)) {
                TrackedEventMessage<?> next = events.peek().orElseThrow();
                long at = next.trackingToken().position().orElse(-1);
                if (at > upTo) {
                    position = upTo;
                    break;
                }
                batch.add(next(events));
                position = at;
            }
            if (batch.isEmpty()) {
                break;
            }
            aside.run(() -> batch.forEach(event -> handle(invoker, event)));
            read += batch.size();
        }
        return read;
    }

    private static void handle(EventHandlerInvoker invoker, TrackedEventMessage<?> event) {
        var result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
            invoker.handle(event, Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("event " + event.getIdentifier() + " failed in the rebuild: "
                    + result.exceptionResult().getMessage(), result.exceptionResult());
        }
    }

    private static boolean available(BlockingStream<TrackedEventMessage<?>> events) {
        try {
            return events.hasNextAvailable(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> events) {
        try {
            return events.nextAvailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
    }

    private static void sleep() {
        pause(50);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
