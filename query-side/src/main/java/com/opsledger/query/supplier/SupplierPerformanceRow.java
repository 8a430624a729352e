package com.opsledger.query.supplier;

import com.opsledger.kernel.supplier.SupplierPerformanceView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static com.opsledger.query.common.Amounts.stripped;

@Entity
@Table(name = "supplier_performance_view")
class SupplierPerformanceRow {

    @Id
    String supplierId;
    long ordersSent;
    long receipts;
    long linesOnTime;
    long linesReceived;
    long leadTimeDaysTotal;
    long leadTimeSamples;
    BigDecimal orderedQuantity = BigDecimal.ZERO;
    BigDecimal receivedQuantity = BigDecimal.ZERO;
    long qualityChecksDecided;
    long qualityChecksPassed;
    BigDecimal qualityScoreTotal = BigDecimal.ZERO;
    long qualityScoreSamples;

    /** Rates from 0 to 1; the rating (0 to 5) weighs on-time delivery and fill rate equally. */
    SupplierPerformanceView toView() {
        BigDecimal onTime = ratio(BigDecimal.valueOf(linesOnTime), BigDecimal.valueOf(linesReceived));
        BigDecimal fill = ratio(receivedQuantity, orderedQuantity);
        BigDecimal leadTime = leadTimeSamples == 0 ? null : BigDecimal.valueOf(leadTimeDaysTotal)
                .divide(BigDecimal.valueOf(leadTimeSamples), 1, RoundingMode.HALF_UP);
        BigDecimal rating = onTime == null || fill == null ? null : onTime.add(fill.min(BigDecimal.ONE))
                .multiply(BigDecimal.valueOf(2.5)).setScale(1, RoundingMode.HALF_UP);
        return new SupplierPerformanceView(supplierId, ordersSent, receipts, linesOnTime, linesReceived, onTime,
                leadTime, stripped(orderedQuantity), stripped(receivedQuantity), fill,
                ratio(BigDecimal.valueOf(qualityChecksPassed), BigDecimal.valueOf(qualityChecksDecided)), rating,
                qualityChecksDecided, qualityScoreSamples == 0 ? null : qualityScoreTotal
                .divide(BigDecimal.valueOf(qualityScoreSamples), 2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
