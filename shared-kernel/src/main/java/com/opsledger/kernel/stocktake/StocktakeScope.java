package com.opsledger.kernel.stocktake;

import java.util.List;

/**
 * Which stock items of the warehouse a stocktake counts: the named products (such as those whose cycle count is
 * due), one category, or all of them. Exactly one is given.
 */
public record StocktakeScope(List<String> productIds, String category, Boolean all) {
}
