package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A sensor known at the location (it has sent readings there) has sent none for longer than the silence allows: last
 * heard at {@code lastReadingAt}, found silent at {@code detectedAt}. It opens the temperature alert {@code alertId}
 * of kind {@code silence}.
 */
@Revision("1")
public record SensorSilencedEvent(String storageLocationId, String alertId, String warehouseId, String sensorId,
                                  Instant lastReadingAt, Instant detectedAt) implements StorageLocationEvent {
}
