package com.opsledger.command.lookup;

import com.opsledger.kernel.replenishment.SurplusStock;
import com.opsledger.kernel.replenishment.TransferFirstRule;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a product lacks in a warehouse for its backorders: the sum of what its open backorders there still wait for,
 * less what purchase orders past drafting already bring there and have not delivered yet, and less what transfers
 * bring there (see {@link TransferFirstRule}); and what the other warehouses could give of it.
 */
public interface ReplenishmentNeeds {

    BigDecimal openBackorders(String productId, String warehouseId);

    BigDecimal onOrder(String productId, String warehouseId);

    /** What open transfers to the warehouse still bring of the product (requested or on the way). */
    BigDecimal incoming(String productId, String warehouseId);

    /** The other warehouses stocking the product, with what they have available and their surplus. */
    List<SurplusStock> sources(String productId, String warehouseId);

    /** The open backorders less what is on order and incoming by transfer; zero when nothing more is needed. */
    default BigDecimal shortfall(String productId, String warehouseId) {
        return TransferFirstRule.shortfall(openBackorders(productId, warehouseId), onOrder(productId, warehouseId),
                incoming(productId, warehouseId));
    }
}
