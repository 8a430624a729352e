package com.opsledger.kernel.stocktake;

import com.opsledger.kernel.common.PageSpec;

/** Stocktakes by status and warehouse (null: any). */
public record ListStocktakesQuery(String status, String warehouseId, PageSpec page) {
}
