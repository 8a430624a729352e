package com.opsledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Every event that carries one correlation id, across records, in the order they were stored. */
public record CorrelationView(
        String correlationId,
        List<AuditEventView> events,
        @Schema(description = "true when more events carry this id than one answer holds; page through them with "
                + "GET /api/v1/audit/events?correlationId=")
        boolean truncated) {
}
