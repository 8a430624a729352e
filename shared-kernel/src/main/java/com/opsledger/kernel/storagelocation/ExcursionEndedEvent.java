package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** The first reading back in range after an excursion; {@code peakTemperatureC} the furthest reading out of range. */
@Revision("1")
public record ExcursionEndedEvent(String storageLocationId, String alertId, Instant endedAt,
                                  BigDecimal peakTemperatureC) implements StorageLocationEvent {
}
