package com.opsledger.kernel.warehouse;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** A warehouse's name and coordinates (decimal degrees; null when unknown) as they now are. */
@Revision("1")
public record WarehouseUpdatedEvent(String warehouseId, String name, BigDecimal latitude, BigDecimal longitude) {
}
