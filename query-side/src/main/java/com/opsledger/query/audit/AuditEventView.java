package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One stored event as the audit trail shows it: what happened, to which record, when, and who caused it. */
public record AuditEventView(
        @Schema(description = "the event's position in the event store, unique and increasing") long globalIndex,
        String aggregateType,
        String aggregateId,
        @Schema(description = "the event's number within its record, from 0") long sequenceNumber,
        String eventType,
        String revision,
        Instant timestamp,
        @Schema(type = "object", description = "the event as stored") JsonNode payload,
        String userId,
        String clientIp,
        String userAgent,
        String correlationId,
        String causationId,
        String commandName) {
}
