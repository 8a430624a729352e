package com.opsledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A record as it was at an instant, rebuilt from its events up to that instant. */
public record PointInTimeView(
        String aggregateType,
        String id,
        Instant asOf,
        @Schema(description = "the sequence number of the last event folded in") long sequenceNumber,
        @Schema(description = "the event store position of that event") long globalIndex,
        @Schema(description = "when that event was stored") Instant lastEventAt,
        @Schema(type = "object", description = "the record's state at that point") Object state) {
}
