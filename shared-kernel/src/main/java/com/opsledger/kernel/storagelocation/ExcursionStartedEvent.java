package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The location has been out of its range longer than the grace allows: {@code startedAt} is the first reading out of
 * range, {@code confirmedAt} the one that made it longer than the grace. It opens the temperature alert
 * {@code alertId}.
 */
@Revision("1")
public record ExcursionStartedEvent(String storageLocationId, String alertId, String warehouseId, Instant startedAt,
                                    Instant confirmedAt, String sensorId, BigDecimal temperatureC,
                                    BigDecimal humidityPct, ClimateRange range) implements StorageLocationEvent {
}
