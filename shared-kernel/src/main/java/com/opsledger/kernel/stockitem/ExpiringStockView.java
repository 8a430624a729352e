package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The batches on hand that expire by {@code until} ({@code withinDays} after {@code today}), soonest first, and their
 * total value per currency.
 */
public record ExpiringStockView(LocalDate today, int withinDays, LocalDate until, List<ExpiringBatchView> batches,
                                Map<String, BigDecimal> totalValue) {
}
