package com.opsledger.kernel.stocktake;

import java.time.Instant;
import java.util.List;

/**
 * A stocktake: {@code counting}, then {@code awaiting-approval} (a variance beyond the limits) or {@code approved}
 * (its variances posted as stock adjustments). {@code startPosition} is the global event position it started after.
 */
public record StocktakeView(String id, String number, String warehouseId, String status, boolean blind,
                            StocktakeScope scope, long startPosition, List<StocktakeItemView> items,
                            List<StocktakeCountView> counts, List<StocktakeVarianceView> variances,
                            boolean approvalNeeded, String approvedBy, Instant createdAt, Instant updatedAt,
                            long version) {

    /** As a counter of a blind stocktake sees it: what was counted, never what was expected. */
    public StocktakeView blinded() {
        return new StocktakeView(id, number, warehouseId, status, blind, scope, startPosition,
                items.stream().map(i -> new StocktakeItemView(i.stockItemId(), i.productId(), i.unit(), null,
                        i.batchesAtStart().stream().map(b -> new com.opsledger.kernel.stockitem.BatchView(b.batch(),
                                b.expiryDate(), null)).toList())).toList(),
                counts.stream().map(c -> new StocktakeCountView(c.stockItemId(), c.productId(), c.batch(),
                        c.counted(), null, null, null, c.current(), c.countedAt(), c.countedBy())).toList(),
                variances.stream().map(StocktakeVarianceView::blinded).toList(), approvalNeeded, approvedBy, createdAt, updatedAt, version);
    }
}
