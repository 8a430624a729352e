package com.opsledger.kernel.storagelocation;

import java.math.BigDecimal;
import java.time.Instant;

/** One measurement of a sensor at a location; many a minute, kept as a time series, never as events. */
public record SensorReading(String sensorId, Instant at, BigDecimal temperatureC, BigDecimal humidityPct) {
}
