package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.PageSpec;

import java.time.Instant;

/** Checks, each filter optional, opened from {@code from} (inclusive) to {@code to} (exclusive), within scope. */
public record ListQualityChecksQuery(String status, String checkType, String productId, String supplierId,
                                     String warehouseId, Instant from, Instant to, String scopeSupplierId,
                                     PageSpec page) {
}
