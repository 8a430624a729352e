package com.opsledger.command.purchaseorder;

import java.util.Optional;

/** Finds the stock item of a product in a warehouse, if one has been opened. */
public interface StockItemLocator {

    Optional<String> stockItemOf(String productId, String warehouseId);
}
