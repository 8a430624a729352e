package com.opsledger.kernel.catalog;

import java.math.BigDecimal;
import java.time.Instant;

public record ProductView(String id, String sku, String name, String unit, BigDecimal reorderPoint, int leadTimeDays,
                          String description, String category, long version, Instant createdAt, Instant updatedAt) {
}
