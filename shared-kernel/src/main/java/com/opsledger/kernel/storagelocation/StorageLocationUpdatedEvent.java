package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StorageLocationUpdatedEvent(String storageLocationId, String name, String kind, ClimateRange range)
        implements StorageLocationEvent {
}
