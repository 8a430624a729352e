package com.opsledger.kernel.stocktake;

import java.util.List;

/**
 * What is due for counting in a warehouse, A first; {@code productIds} start a stocktake of them
 * ({@code scope: {productIds}}).
 */
public record CycleCountsDueView(String warehouseId, int windowDays, List<CycleCountDueView> due,
                                 List<String> productIds) {
}
