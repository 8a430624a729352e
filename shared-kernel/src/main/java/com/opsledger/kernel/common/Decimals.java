package com.opsledger.kernel.common;

import java.math.BigDecimal;

/** The bounds of an exact amount, checked before any rescaling so that an absurd exponent is refused at once. */
final class Decimals {

    private Decimals() {
    }

    /** Refuses, naming {@code field}, an amount beyond {@code max} either way or with more than {@code scale} places. */
    static BigDecimal requireInRange(String field, BigDecimal amount, BigDecimal max, int scale) {
        if (amount.abs().compareTo(max) > 0) {
            throw new InvalidValueException(field, "must be between -" + max + " and " + max);
        }
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException(field, "has more than " + scale + " decimal places");
        }
        return amount;
    }
}
