package com.opsledger.query.common;

import java.math.BigDecimal;

/** Amounts as the views show them, whatever scale a column or an event gave them. */
public final class Amounts {

    private Amounts() {
    }

    /** Without trailing zeros, zero as {@code 0} (so {@code 10.000} reads {@code 1E+1}); null stays null. */
    public static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Without trailing zeros and never with an exponent ({@code 10.000} reads {@code 10}). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
