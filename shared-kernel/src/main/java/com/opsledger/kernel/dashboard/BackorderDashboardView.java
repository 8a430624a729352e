package com.opsledger.kernel.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Of the backorders created in the period: how many are {@code filled}, the {@code fillRate} (filled / created, null
 * when none was created) and the average and 90th percentile hours from creation to filling (null when none is
 * filled). {@code outstandingValue}, {@code open}, {@code atRisk} and {@code breached} are the backorders of the
 * filters still open now, whenever created. Every bucket of the period is in {@code series}, empty ones with zeros.
 */
public record BackorderDashboardView(long filled, BigDecimal fillRate, BigDecimal averageFulfilmentHours,
                                     BigDecimal p90FulfilmentHours, BigDecimal outstandingValue, long open,
                                     long atRisk, long breached, List<BackorderDashboardPoint> series) {
}
