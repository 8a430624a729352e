package com.opsledger.kernel.warehouse;

import java.math.BigDecimal;
import java.time.Instant;

public record WarehouseView(String id, String code, String name, long version, Instant createdAt,
                            BigDecimal latitude, BigDecimal longitude) {
}
