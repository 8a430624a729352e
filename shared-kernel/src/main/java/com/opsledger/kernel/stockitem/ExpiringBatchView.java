package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A batch on hand that expires within the period asked for (or has expired: {@code daysLeft} below zero), worth
 * {@code value} in {@code currency} (null when the product has no value).
 */
public record ExpiringBatchView(String stockItemId, String productId, String sku, String productName,
                                String warehouseId, String warehouseCode, String batch, LocalDate expiryDate,
                                long daysLeft, BigDecimal quantity, String unit, BigDecimal value, String currency) {
}
