package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.Instant;

/** status: written-off (the stock left), pending (waits for a manager) or rejected; value null when unknown. */
public record WriteOffView(String id, String stockItemId, String productId, String warehouseId, String status,
                           BigDecimal quantity, String unit, String reason, String batch, String disposalMethod,
                           BigDecimal value, String currency, String requestedBy, Instant requestedAt,
                           String decidedBy, Instant decidedAt, String decisionReason) {
}
