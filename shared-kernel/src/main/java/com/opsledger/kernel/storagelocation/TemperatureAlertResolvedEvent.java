package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

/** An alert whose excursion ended and which was acknowledged (in either order) is over. */
@Revision("1")
public record TemperatureAlertResolvedEvent(String storageLocationId, String alertId) implements StorageLocationEvent {
}
