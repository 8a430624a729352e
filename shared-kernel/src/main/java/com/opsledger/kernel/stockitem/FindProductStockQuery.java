package com.opsledger.kernel.stockitem;

/** A product's stock in every warehouse that holds it or expects it. */
public record FindProductStockQuery(String productId) {
}
