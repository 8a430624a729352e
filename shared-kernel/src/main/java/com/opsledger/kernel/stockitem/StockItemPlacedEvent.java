package com.opsledger.kernel.stockitem;

import org.axonframework.serialization.Revision;

/** The stock item is kept in {@code storageLocationId} now (null: in no particular location). */
@Revision("1")
public record StockItemPlacedEvent(String stockItemId, String productId, String warehouseId, String storageLocationId) {
}
