package com.opsledger.query.audit;

import java.time.Instant;

/**
 * One event of a record as a {@link ViewEvolution} folds it: the payload (upcast), its number, its time and the
 * acting user (the {@code userId} metadata; null when the event carries none).
 */
public record RecordEvent(Object payload, long sequenceNumber, Instant timestamp, String userId) {

    public RecordEvent(Object payload, long sequenceNumber, Instant timestamp) {
        this(payload, sequenceNumber, timestamp, null);
    }
}
