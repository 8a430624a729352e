package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stock item: {@code quarantined} is held by quality (also per batch), on hand but not available; {@code available}
 * is on hand less reserved less quarantined.
 */
public record StockItemView(String id, String productId, String warehouseId, String sku, String productName,
                            String warehouseCode, String unit, BigDecimal onHand, BigDecimal reserved,
                            BigDecimal available, BigDecimal reorderPoint, boolean belowReorderPoint,
                            List<BatchView> batches, long version, Instant updatedAt,
                            String storageLocationId, BigDecimal quarantined) implements Versioned {
}
