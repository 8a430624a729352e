package com.opsledger.command;

import com.opsledger.command.lookup.OrderLookups;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.order.NewOrderLine;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.PlaceOrderCommand;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The canonical records of the order and backorder tests: a gold customer ordering 10 pcs from one stock item. */
public final class OrderFixtures {

    public static final String PCS = "pcs";
    public static final String CUSTOMER_ID = "0b6f2d4e-1a3c-4e5f-8a9b-1c2d3e4f5a01";
    public static final String OTHER_CUSTOMER_ID = "0b6f2d4e-1a3c-4e5f-8a9b-1c2d3e4f5a02";
    public static final String ORDER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01";
    public static final String PRODUCT_ID = StockFixtures.PRODUCT_ID;
    public static final String WAREHOUSE_ID = StockFixtures.WAREHOUSE_ID;
    public static final String STOCK_ITEM_ID = StockFixtures.STOCK_ITEM_ID;
    public static final String BACKORDER_ID = "b1b2b3b4-c5c6-4d7d-8e8e-f9f0a1a2b301";
    public static final String RESERVATION_ID = StockFixtures.RESERVATION_ID;
    public static final String OTHER_RESERVATION_ID = StockFixtures.OTHER_RESERVATION_ID;
    public static final Address ADDRESS = new Address("Hauptstr. 1", null, "10115", "Berlin", "DE");
    public static final LocalDate REQUESTED = LocalDate.of(2030, 1, 15);
    public static final Instant PLACED_AT = Instant.parse("2026-11-02T08:00:00Z");
    public static final Instant DUE = PLACED_AT.plusSeconds(7 * 86400);

    private OrderFixtures() {
    }

    public static Quantity pcs(long amount) {
        return Quantity.of(BigDecimal.valueOf(amount), PCS);
    }

    public static String lineId(int index) {
        return UUID.nameUUIDFromBytes((ORDER_ID + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static PlaceOrderCommand placeOrder(long quantity) {
        return new PlaceOrderCommand(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                List.of(new NewOrderLine(PRODUCT_ID, BigDecimal.valueOf(quantity))), ADDRESS, REQUESTED, null);
    }

    public static OrderPlacedEvent orderPlaced(long quantity) {
        return new OrderPlacedEvent(ORDER_ID, CUSTOMER_ID, "gold", WAREHOUSE_ID,
                List.of(new OrderLine(lineId(0), PRODUCT_ID, STOCK_ITEM_ID, pcs(quantity))), ADDRESS, REQUESTED);
    }

    public static BackorderCreatedEvent backorderCreated(String backorderId, long quantity, int priority,
                                                         Instant due, Instant placedAt) {
        return new BackorderCreatedEvent(backorderId, ORDER_ID, lineId(0), CUSTOMER_ID, PRODUCT_ID, WAREHOUSE_ID,
                STOCK_ITEM_ID, pcs(quantity), priority, due, LocalDate.of(2026, 11, 7), "lead-time", placedAt);
    }

    /** Lookups held in maps: customers with their tier, the stock item, its available stock and lead times. */
    public static final class InMemoryOrderLookups implements OrderLookups {

        public final Map<String, String> tiers = new HashMap<>(Map.of(CUSTOMER_ID, "gold"));
        public final Map<String, BigDecimal> available = new HashMap<>();
        public final Map<String, Integer> leadTimes = new HashMap<>(Map.of(PRODUCT_ID, 5));

        @Override
        public Optional<String> customerTier(String customerId) {
            return Optional.ofNullable(tiers.get(customerId));
        }

        @Override
        public boolean warehouseExists(String warehouseId) {
            return WAREHOUSE_ID.equals(warehouseId);
        }

        @Override
        public Optional<StockItemRef> stockItem(String productId, String warehouseId) {
            return PRODUCT_ID.equals(productId) && WAREHOUSE_ID.equals(warehouseId)
                    ? Optional.of(new StockItemRef(STOCK_ITEM_ID, PCS)) : Optional.empty();
        }

        @Override
        public BigDecimal available(String stockItemId) {
            return available.getOrDefault(stockItemId, BigDecimal.ZERO);
        }

        @Override
        public OptionalInt leadTimeDays(String productId) {
            Integer days = leadTimes.get(productId);
            return days == null ? OptionalInt.empty() : OptionalInt.of(days);
        }

        @Override
        public List<LeadTimeBackorder> openBackordersOnLeadTime(String productId) {
            return List.of();
        }

        public final List<OpenBackorder> openBackorders = new java.util.ArrayList<>();

        @Override
        public List<OpenBackorder> openBackorders(String productId, String warehouseId) {
            return openBackorders.stream().filter(b -> b.productId().equals(productId)).toList();
        }

        @Override
        public List<OpenBackorder> openBackordersOnBasis(String etaBasis) {
            return openBackorders.stream().filter(b -> etaBasis.equals(b.etaBasis())).toList();
        }
    }
}
