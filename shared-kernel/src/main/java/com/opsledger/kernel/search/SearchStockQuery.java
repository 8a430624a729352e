package com.opsledger.kernel.search;

/** Full-text search over products, warehouses and stock items: sku, name prefix, warehouse code or name. */
public record SearchStockQuery(String text, String kind, int page, int size) {
}
