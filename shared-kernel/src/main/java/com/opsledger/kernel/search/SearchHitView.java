package com.opsledger.kernel.search;

import java.math.BigDecimal;

/**
 * One search result; {@code kind} is product, warehouse or stockItem, and only the fields of that kind are set.
 * A stock item's {@code quarantined} is held by quality: on hand, not available.
 */
public record SearchHitView(String kind, String id, double score, String productId, String sku, String productName,
                            String warehouseId, String warehouseCode, String warehouseName, String unit,
                            BigDecimal onHand, BigDecimal available, BigDecimal quarantined) {
}
