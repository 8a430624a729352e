package com.opsledger.kernel.storagelocation;

import java.math.BigDecimal;
import java.time.Instant;

/** The readings of one bucket [{@code from}, {@code to}) of a location: how many, and their min, mean and max. */
public record ReadingBucketView(Instant from, Instant to, long readings, BigDecimal temperatureMinC,
                                BigDecimal temperatureAvgC, BigDecimal temperatureMaxC, BigDecimal humidityMinPct,
                                BigDecimal humidityAvgPct, BigDecimal humidityMaxPct) {
}
