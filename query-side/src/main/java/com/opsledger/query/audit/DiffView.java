package com.opsledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What changed in one record between two instants, field by field. */
public record DiffView(
        String aggregateType,
        String id,
        Instant from,
        Instant to,
        @Schema(description = "the last event folded in at from; null when the record did not exist yet")
        Long fromSequenceNumber,
        @Schema(description = "the last event folded in at to") long toSequenceNumber,
        List<FieldChange> changes) {
}
