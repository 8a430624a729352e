package com.opsledger.kernel.replenishment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product short at a warehouse: its open backorders there, what is already coming (on order from suppliers,
 * incoming by transfer), the {@code shortfall} left, the transfers proposed from warehouses with surplus and the
 * purchase of the rest.
 */
public record ReplenishmentProposalView(String productId, String warehouseId, String unit, BigDecimal openBackorders,
                                        BigDecimal onOrder, BigDecimal incoming, BigDecimal shortfall,
                                        List<ProposedTransferView> transfers, ProposedPurchaseView purchase) {
}
