package com.opsledger.command.lookup;

import java.math.BigDecimal;

/**
 * What a product lacks in a warehouse for its backorders: the sum of what its open backorders there still wait for,
 * and what purchase orders past drafting already bring there and have not delivered yet.
 */
public interface ReplenishmentNeeds {

    BigDecimal openBackorders(String productId, String warehouseId);

    BigDecimal onOrder(String productId, String warehouseId);

    /** The open backorders less what is on order; zero or less when nothing more needs ordering. */
    default BigDecimal shortfall(String productId, String warehouseId) {
        return openBackorders(productId, warehouseId).subtract(onOrder(productId, warehouseId));
    }
}
