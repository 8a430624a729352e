package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record StockItemView(String id, String productId, String warehouseId, String sku, String productName,
                            String warehouseCode, String unit, BigDecimal onHand, BigDecimal reserved,
                            BigDecimal available, BigDecimal reorderPoint, boolean belowReorderPoint,
                            List<BatchView> batches, long version, Instant updatedAt,
                            String storageLocationId) implements Versioned {
}
