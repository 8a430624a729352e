package com.opsledger.kernel.common;

import java.math.BigDecimal;

/**
 * A place on the globe as latitude and longitude in decimal degrees (WGS 84), at most 6 decimals (about 10 cm):
 * both or neither, latitude -90 to 90, longitude -180 to 180.
 */
public final class Coordinates {

    public static final int MAX_SCALE = 6;
    private static final BigDecimal LAT = BigDecimal.valueOf(90);
    private static final BigDecimal LON = BigDecimal.valueOf(180);

    private Coordinates() {
    }

    /** Refuses coordinates out of range, too precise, or given one without the other, naming the field. */
    public static void require(String prefix, BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidValueException(prefix + (latitude == null ? "latitude" : "longitude"),
                    "is required with " + (latitude == null ? "longitude" : "latitude"));
        }
        if (latitude == null) {
            return;
        }
        within(prefix + "latitude", latitude, LAT);
        within(prefix + "longitude", longitude, LON);
    }

    private static void within(String field, BigDecimal value, BigDecimal bound) {
        if (value.abs().compareTo(bound) > 0) {
            throw new InvalidValueException(field, "must be between -" + bound + " and " + bound);
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidValueException(field, "must have at most " + MAX_SCALE + " decimals");
        }
    }
}
