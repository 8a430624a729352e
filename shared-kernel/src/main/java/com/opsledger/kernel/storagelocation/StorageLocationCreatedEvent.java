package com.opsledger.kernel.storagelocation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StorageLocationCreatedEvent(String storageLocationId, String warehouseId, String code, String name,
                                          String kind, ClimateRange range) implements StorageLocationEvent {
}
