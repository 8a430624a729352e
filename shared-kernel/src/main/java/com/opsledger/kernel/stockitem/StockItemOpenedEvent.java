package com.opsledger.kernel.stockitem;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StockItemOpenedEvent(String stockItemId, String productId, String warehouseId, String unit) {
}
