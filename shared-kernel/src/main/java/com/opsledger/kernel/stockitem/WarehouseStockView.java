package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;

/**
 * A product's stock in one warehouse: on hand, reserved, available (on hand less reserved and quarantined),
 * quarantined (held by quality) and in transit towards it (dispatched by a transfer, not yet received or recorded
 * lost).
 */
public record WarehouseStockView(String warehouseId, String stockItemId, BigDecimal onHand, BigDecimal reserved,
                                 BigDecimal available, BigDecimal quarantined, BigDecimal inTransit) {
}
