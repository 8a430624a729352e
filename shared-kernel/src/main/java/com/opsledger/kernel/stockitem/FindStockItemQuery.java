package com.opsledger.kernel.stockitem;

public record FindStockItemQuery(String stockItemId) {
}
