package com.opsledger.kernel.backorder;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How many backorders there are by status, SLA state, product, customer and age (since created: {@code under-1d},
 * {@code 1d-7d}, {@code 7d-30d}, {@code over-30d}), and how much they still await in all. Products and customers are
 * the 20 with the most backorders.
 */
public record BackorderReportView(long total, BigDecimal remaining, Map<String, Long> byStatus,
                                  Map<String, Long> bySlaState, Map<String, Long> byProduct,
                                  Map<String, Long> byCustomer, Map<String, Long> byAge) {
}
