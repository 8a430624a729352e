package com.opsledger.kernel.stocktake;

import java.util.List;

/**
 * Which stock items of the warehouse a stocktake counts: the named products, one category, all of them, or what the
 * cycle counts say is due. Exactly one is given.
 */
public record StocktakeScope(List<String> productIds, String category, Boolean all, Boolean cycleCount) {
}
