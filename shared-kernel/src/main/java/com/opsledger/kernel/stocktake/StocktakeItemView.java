package com.opsledger.kernel.stocktake;

import com.opsledger.kernel.stockitem.BatchView;

import java.math.BigDecimal;
import java.util.List;

/** A stock item to count, with what it held when the stocktake started (hidden from counters of a blind one). */
public record StocktakeItemView(String stockItemId, String productId, String unit, BigDecimal onHandAtStart,
                                List<BatchView> batchesAtStart) {
}
