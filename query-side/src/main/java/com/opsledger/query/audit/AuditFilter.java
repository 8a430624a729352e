package com.opsledger.query.audit;

import java.time.Instant;

/** The filters of the global trail; null means no filter. {@code from} is inclusive, {@code to} exclusive. */
record AuditFilter(Instant from, Instant to, String user, String aggregateType, String eventType,
                   String correlationId, long after) {
}
