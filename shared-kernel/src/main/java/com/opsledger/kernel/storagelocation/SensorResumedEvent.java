package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A silent sensor is heard again: {@code resumedAt} is its first recent reading. It ends the silence's alert. */
@Revision("1")
public record SensorResumedEvent(String storageLocationId, String alertId, String sensorId, Instant resumedAt)
        implements StorageLocationEvent {
}
