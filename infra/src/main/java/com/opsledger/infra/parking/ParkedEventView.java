package com.opsledger.infra.parking;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An event one projection could not apply, set aside while the rest go on. */
public record ParkedEventView(
        String projection,
        String eventId,
        @Schema(description = "the event's position in the event store") long globalIndex,
        @Schema(description = "the event's payload class") String eventType,
        String aggregateType,
        String aggregateId,
        Long sequenceNumber,
        @Schema(description = "the error's class, or `behind` when the event waits for an earlier parked event of "
                + "the same aggregate") String errorClass,
        @Schema(description = "the error's message, at most 1000 characters") String errorMessage,
        @Schema(description = "whether it waits behind an earlier parked event of the same aggregate") boolean behind,
        @Schema(description = "how many times applying it failed") int attempts,
        Instant firstFailedAt,
        Instant lastFailedAt) {
}
