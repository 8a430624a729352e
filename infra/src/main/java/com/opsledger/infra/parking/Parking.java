package com.opsledger.infra.parking;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * How the unit of work being processed isolates a failing event: set by the shared processors on their batches, and
 * by an admin's retry of one parked event. Outside of those (a replay, a verification, the subscribed lookups, a
 * processor of its own) handlers fail as they always did.
 */
final class Parking {

    static final String RESOURCE = Parking.class.getName();

    /** Each handler's database work runs in a savepoint of the batch's transaction. */
    final boolean savepoints;
    /** A parked event's transaction is rolled back and retried without it, so nothing of it stays half done. */
    final boolean retryWithout;
    /** The parked event an admin retries: it is applied, not skipped, and its failure is reported, not parked. */
    final String retrying;
    /** A failure left the batch's transaction unusable (a JPA error marks it rollback-only). */
    volatile boolean aborted;

    private Parking(boolean savepoints, boolean retryWithout, String retrying) {
        this.savepoints = savepoints;
        this.retryWithout = retryWithout;
        this.retrying = retrying;
    }

    static Parking batch(boolean savepoints, boolean retryWithout) {
        return new Parking(savepoints, retryWithout, null);
    }

    static Parking retry(String eventId) {
        return new Parking(false, false, eventId);
    }

    /**
     * The parking of the current unit of work; null when its failures are not parked. Only the processor's own unit
     * of work counts: a command a process sends, and the subscribed lookups that follow its events, run in nested
     * units of work and fail (and so fail the process's event) as they always did.
     */
    static Parking current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getResource(RESOURCE);
    }

    boolean retrying(String eventId) {
        return eventId.equals(retrying);
    }
}
