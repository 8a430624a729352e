package com.opsledger.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;

/**
 * One event of a record as a {@link ViewEvolution} folds it: the payload (upcast), its number, its time and the
 * acting user (the {@code userId} metadata; null when the event carries none).
 */
public record RecordEvent(Object payload, long sequenceNumber, Instant timestamp, String userId) {

    public RecordEvent(Object payload, long sequenceNumber, Instant timestamp) {
        this(payload, sequenceNumber, timestamp, null);
    }

    /** The event as an event store or a processor delivers it. */
    public static RecordEvent of(DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get("userId");
        return new RecordEvent(message.getPayload(), message.getSequenceNumber(), message.getTimestamp(),
                userId == null ? null : userId.toString());
    }
}
