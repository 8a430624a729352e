package com.opsledger.command.lookup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What orders and their process managers need to know of other records. It reads tables that the command side
 * writes in the same transaction as the events they follow, so a customer or stock item is known to an order
 * placed right after it.
 */
public interface OrderLookups {

    record StockItemRef(String stockItemId, String unit) {
    }

    /** An open backorder whose ETA comes from its product's lead time. */
    record LeadTimeBackorder(String backorderId, Instant orderPlacedAt) {
    }

    /** An open backorder with what its ETA is estimated from ({@code lead-time} or {@code purchase-order:<id>}). */
    record OpenBackorder(String backorderId, String productId, Instant orderPlacedAt, String etaBasis) {
    }

    Optional<String> customerTier(String customerId);

    boolean warehouseExists(String warehouseId);

    Optional<StockItemRef> stockItem(String productId, String warehouseId);

    /** Stock on hand and not reserved, as of the last committed event of the stock item. */
    BigDecimal available(String stockItemId);

    OptionalInt leadTimeDays(String productId);

    List<LeadTimeBackorder> openBackordersOnLeadTime(String productId);

    /** Open backorders of a product in a warehouse, oldest order first. */
    List<OpenBackorder> openBackorders(String productId, String warehouseId);

    /** Open backorders whose ETA has this basis. */
    List<OpenBackorder> openBackordersOnBasis(String etaBasis);
}
