package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Status: pending, in-progress (partly allocated), fulfilled or cancelled. SLA state: on-track, at-risk, breached,
 * met (fulfilled in time) or closed (cancelled). {@code quantity} = {@code allocated} + {@code remaining}.
 */
public record BackorderView(String id, String orderId, String lineId, String customerId, String productId,
                            String warehouseId, String stockItemId, String unit, BigDecimal quantity,
                            BigDecimal allocated, BigDecimal remaining, String status, int priority,
                            String priorityReason, LocalDate eta, String etaBasis, Instant slaDueDate,
                            String slaState, List<BackorderAllocationView> allocations, Instant createdAt,
                            Instant updatedAt, long version) implements Versioned {
}
