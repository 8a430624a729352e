package com.opsledger.kernel.stockitem;

import java.math.BigDecimal;
import java.util.List;

/** A product's stock per warehouse, and the same figures summed over every warehouse. */
public record ProductStockView(String productId, String unit, List<WarehouseStockView> warehouses, Totals totals) {

    public record Totals(BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal quarantined,
                         BigDecimal inTransit) {
    }
}
