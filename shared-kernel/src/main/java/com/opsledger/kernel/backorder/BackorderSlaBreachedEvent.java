package com.opsledger.kernel.backorder;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The SLA due date passed with the backorder still open. */
@Revision("1")
public record BackorderSlaBreachedEvent(String backorderId, String customerId, Instant slaDueDate)
        implements BackorderEvent {
}
