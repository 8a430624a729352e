package com.opsledger.kernel.dashboard;

import java.time.Instant;

/**
 * The backorder KPIs of the backorders created in [{@code from}, {@code to}), in buckets of one {@code interval}
 * ({@code day}, {@code week} or {@code month}, UTC), narrowed by the optional filters and held to
 * {@code scopeCustomerId} when set.
 */
public record BackorderDashboardQuery(Instant from, Instant to, String interval, String category, String supplierId,
                                      String warehouseId, String customerId, String scopeCustomerId) {
}
