package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.PageSpec;

/** The movements of one stock item, newest first. */
public record ListStockMovementsQuery(String stockItemId, PageSpec page) {
}
