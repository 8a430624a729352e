package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

/** A manager has seen the alert; who did is in the event's metadata. */
@Revision("1")
public record TemperatureAlertAcknowledgedEvent(String storageLocationId, String alertId, String note)
        implements StorageLocationEvent {
}
