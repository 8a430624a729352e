package com.opsledger.kernel.storagelocation;

import java.math.BigDecimal;
import java.time.Instant;

public record StorageLocationView(String id, String warehouseId, String code, String name, String kind,
                                  BigDecimal temperatureMinC, BigDecimal temperatureMaxC, BigDecimal humidityMinPct,
                                  BigDecimal humidityMaxPct, String openAlertId, long version, Instant createdAt,
                                  Instant updatedAt) {
}
