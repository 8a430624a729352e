package com.opsledger.kernel.warehouse;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WarehouseCreatedEvent(String warehouseId, String code, String name) {
}
