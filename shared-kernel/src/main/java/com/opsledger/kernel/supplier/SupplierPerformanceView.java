package com.opsledger.kernel.supplier;

import java.math.BigDecimal;

/**
 * How a supplier delivers: rates are fractions from 0 to 1 (null before there is anything to measure), the lead
 * time is the observed average in days from sending the order to a receipt, the rating 0 to 5. The quality pass
 * rate is the share of decided quality checks of the supplier's goods that passed; the quality score (0 to 10) the
 * mean overall score of the decided checks that were scored.
 */
public record SupplierPerformanceView(String supplierId, long ordersSent, long receipts, long linesReceivedOnTime,
                                      long linesReceived, BigDecimal onTimeRate, BigDecimal averageLeadTimeDays,
                                      BigDecimal orderedQuantity, BigDecimal receivedQuantity, BigDecimal fillRate,
                                      BigDecimal qualityPassRate, BigDecimal rating, long qualityChecksDecided,
                                      BigDecimal qualityScore) {
}
