package com.opsledger.kernel.backorder;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The SLA due date is near and the backorder is still open. */
@Revision("1")
public record BackorderSlaAtRiskEvent(String backorderId, String customerId, Instant slaDueDate)
        implements BackorderEvent {
}
