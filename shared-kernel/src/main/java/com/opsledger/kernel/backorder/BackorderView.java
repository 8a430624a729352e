package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Status: pending, in-progress (partly allocated), fulfilled or cancelled. SLA state: on-track, at-risk, breached,
 * met (fulfilled in time) or closed (cancelled). {@code quantity} = {@code allocated} + {@code remaining}.
 * {@code supplierId} is the product's preferred supplier when the backorder was created; {@code outstandingValue} =
 * {@code remaining} x {@code unitPrice} (the order line's price) in {@code currency}, 0 once fulfilled or cancelled,
 * null when the line had no price.
 */
public record BackorderView(String id, String orderId, String lineId, String customerId, String productId,
                            String warehouseId, String stockItemId, String unit, BigDecimal quantity,
                            BigDecimal allocated, BigDecimal remaining, String status, int priority,
                            String priorityReason, LocalDate eta, String etaBasis, Instant slaDueDate,
                            String slaState, List<BackorderAllocationView> allocations, Instant createdAt,
                            Instant updatedAt, long version, String supplierId, BigDecimal unitPrice,
                            String currency, BigDecimal outstandingValue) implements Versioned {
}
