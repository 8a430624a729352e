package com.opsledger.kernel.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/** A product; {@code price} and {@code cost} are amounts in {@code currency} (all three null when unpriced). */
public record ProductView(String id, String sku, String name, String unit, BigDecimal reorderPoint, int leadTimeDays,
                          String description, String category, long version, Instant createdAt, Instant updatedAt,
                          boolean perishable, Integer shelfLifeDays, BigDecimal storageTemperatureMinC,
                          BigDecimal storageTemperatureMaxC, String inspection, BigDecimal weightKg, BigDecimal price,
                          BigDecimal cost, String currency) {
}
