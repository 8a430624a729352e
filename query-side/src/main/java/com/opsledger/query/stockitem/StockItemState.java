package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stock item as its own events describe it (the product's and warehouse's names belong to their records).
 * {@code quarantined} is what quality holds, the sum of its batches' held quantities; {@code available} excludes it.
 */
public record StockItemState(String id, String productId, String warehouseId, String unit, BigDecimal onHand,
                             BigDecimal reserved, BigDecimal available, List<BatchView> batches, long version,
                             Instant updatedAt, String storageLocationId, BigDecimal quarantined) {
}
