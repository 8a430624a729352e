package com.opsledger.kernel.storagelocation;

import com.opsledger.kernel.common.InvalidValueException;

import java.math.BigDecimal;

/**
 * What a storage location must hold: a temperature range in °C and, where it is watched, a relative humidity range in
 * per cent. Bounds are inclusive.
 */
public record ClimateRange(BigDecimal temperatureMinC, BigDecimal temperatureMaxC, BigDecimal humidityMinPct,
                           BigDecimal humidityMaxPct) {

    public static final BigDecimal COLDEST = new BigDecimal("-100");
    public static final BigDecimal HOTTEST = new BigDecimal("100");

    /** The range, refused naming the field when a bound is missing, beyond what a sensor reads, or inverted. */
    public static ClimateRange of(BigDecimal temperatureMinC, BigDecimal temperatureMaxC, BigDecimal humidityMinPct,
                                  BigDecimal humidityMaxPct) {
        requireTemperature("temperatureMinC", temperatureMinC, true);
        requireTemperature("temperatureMaxC", temperatureMaxC, true);
        if (temperatureMinC.compareTo(temperatureMaxC) > 0) {
            throw new InvalidValueException("temperatureMaxC", "must not be below temperatureMinC");
        }
        requireHumidity("humidityMinPct", humidityMinPct);
        requireHumidity("humidityMaxPct", humidityMaxPct);
        if (humidityMinPct != null && humidityMaxPct != null && humidityMinPct.compareTo(humidityMaxPct) > 0) {
            throw new InvalidValueException("humidityMaxPct", "must not be below humidityMinPct");
        }
        return new ClimateRange(temperatureMinC.stripTrailingZeros(), temperatureMaxC.stripTrailingZeros(),
                strip(humidityMinPct), strip(humidityMaxPct));
    }

    /** Whether a reading is inside the range (humidity counts only where both are known). */
    public boolean holds(BigDecimal temperatureC, BigDecimal humidityPct) {
        if (temperatureC.compareTo(temperatureMinC) < 0 || temperatureC.compareTo(temperatureMaxC) > 0) {
            return false;
        }
        if (humidityPct == null) {
            return true;
        }
        return (humidityMinPct == null || humidityPct.compareTo(humidityMinPct) >= 0)
                && (humidityMaxPct == null || humidityPct.compareTo(humidityMaxPct) <= 0);
    }

    /** A temperature a sensor can read: -100 to 100 °C, at most two decimal places. */
    public static BigDecimal requireTemperature(String field, BigDecimal value, boolean required) {
        return require(field, value, required, COLDEST, HOTTEST, "°C");
    }

    /** A relative humidity: 0 to 100 %, at most two decimal places. */
    public static BigDecimal requireHumidity(String field, BigDecimal value) {
        return require(field, value, false, BigDecimal.ZERO, HOTTEST, "%");
    }

    private static BigDecimal require(String field, BigDecimal value, boolean required, BigDecimal min, BigDecimal max,
                                      String unit) {
        if (value == null) {
            if (required) {
                throw new InvalidValueException(field, "is required");
            }
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, "must be from " + min + " to " + max + " " + unit
                    + " with at most two decimal places");
        }
        return value;
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
