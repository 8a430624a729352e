package com.opsledger.command.qualitycheck;

import com.opsledger.kernel.common.InvalidValueException;

import java.math.BigDecimal;

/**
 * The bounds of what an inspector measures: a temperature from -100 to 100 °C, a relative humidity from 0 to 100 %,
 * a weight from 0 to a million kg; at most three decimals each.
 */
final class Measurements {

    private static final int SCALE = 3;

    private Measurements() {
    }

    static BigDecimal temperature(BigDecimal value) {
        return within("temperatureC", value, new BigDecimal("-100"), new BigDecimal("100"));
    }

    static BigDecimal humidity(BigDecimal value) {
        return within("humidityPct", value, BigDecimal.ZERO, new BigDecimal("100"));
    }

    static BigDecimal weight(BigDecimal value) {
        return within("weightKg", value, BigDecimal.ZERO, new BigDecimal("1000000"));
    }

    private static BigDecimal within(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException(field, "must have at most " + SCALE + " decimals");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
