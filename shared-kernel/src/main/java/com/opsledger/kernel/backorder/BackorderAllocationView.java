package com.opsledger.kernel.backorder;

import java.math.BigDecimal;
import java.time.Instant;

/** One partial fulfilment: stock reserved for the backorder under {@code reservationId}. */
public record BackorderAllocationView(String reservationId, BigDecimal quantity, Instant allocatedAt) {
}
