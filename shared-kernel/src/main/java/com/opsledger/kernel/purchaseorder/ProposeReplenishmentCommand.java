package com.opsledger.kernel.purchaseorder;

import java.math.BigDecimal;

/**
 * Asks purchasing to cover a shortfall of a product in a warehouse: the open draft order to the product's preferred
 * supplier gets a line of at least {@code quantity} (a new draft is opened when there is none).
 */
public record ProposeReplenishmentCommand(String productId, String warehouseId, BigDecimal quantity, String reason) {
}
