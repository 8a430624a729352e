package com.opsledger.query.backorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** What a backorder still owes the customer, valued: its remaining quantity at its order line's unit price. */
final class BackorderValues {

    private BackorderValues() {
    }

    /** Remaining x unit price in the currency's minor units; 0 once fulfilled or cancelled; null when unpriced. */
    static BigDecimal outstanding(BigDecimal remaining, String status, BigDecimal unitPrice, String currency) {
        if (unitPrice == null || currency == null) {
            return null;
        }
        if ("fulfilled".equals(status) || "cancelled".equals(status) || remaining == null) {
            return BigDecimal.ZERO;
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return remaining.multiply(unitPrice).setScale(digits, RoundingMode.HALF_UP);
    }
}
