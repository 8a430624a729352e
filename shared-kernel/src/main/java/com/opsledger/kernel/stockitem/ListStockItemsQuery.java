package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.PageSpec;

/** Stock items, each filter optional (null means any). */
public record ListStockItemsQuery(String productId, String warehouseId, Boolean belowReorderPoint, PageSpec page) {
}
