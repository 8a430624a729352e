package com.opsledger.query.analysis;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the backorders of a period were served under one policy: how many were filled (fill rate = filled / created),
 * the hours from creation to filling (average and 90th percentile; null when none was filled), how many missed their
 * SLA (filled after it, or still open after it at the end of the period), and the same per customer tier.
 */
public record PolicyKpis(int backorders, int filled, BigDecimal fillRate, BigDecimal averageFulfilmentHours,
                         BigDecimal p90FulfilmentHours, int slaBreaches, Map<String, PolicyKpis> byTier) {
}
