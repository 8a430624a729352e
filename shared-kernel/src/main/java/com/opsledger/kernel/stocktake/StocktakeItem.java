package com.opsledger.kernel.stocktake;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;

import java.util.List;

/** A stock item in a stocktake's scope, with its on-hand stock and batches as they stood when the stocktake started. */
public record StocktakeItem(String stockItemId, String productId, Quantity onHand, List<BatchQuantity> batches) {
}
