package com.opsledger.command;

import com.opsledger.command.lookup.DeliveryLookups;
import com.opsledger.kernel.delivery.DeliveryCreatedEvent;
import com.opsledger.kernel.delivery.DeliveryDispatchedEvent;
import com.opsledger.kernel.delivery.DeliveryLine;
import com.opsledger.kernel.delivery.DeliveryScheduledEvent;
import com.opsledger.kernel.delivery.ProofCodes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.opsledger.command.OrderFixtures.CUSTOMER_ID;
import static com.opsledger.command.OrderFixtures.ORDER_ID;
import static com.opsledger.command.OrderFixtures.PCS;
import static com.opsledger.command.OrderFixtures.PRODUCT_ID;
import static com.opsledger.command.OrderFixtures.RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.OTHER_RESERVATION_ID;
import static com.opsledger.command.OrderFixtures.STOCK_ITEM_ID;
import static com.opsledger.command.OrderFixtures.WAREHOUSE_ID;
import static com.opsledger.command.OrderFixtures.lineId;
import static com.opsledger.command.OrderFixtures.pcs;

/** Canonical delivery events, and the lookups and codes a delivery decides from, in memory. */
public final class DeliveryFixtures {

    public static final String DELIVERY_ID = "d1d2d3d4-e5e6-4f7f-8a8a-b9b0c1c2d301";
    public static final String NUMBER = "DL-000001";
    public static final String ROUTE_ID = "e1e2e3e4-f5f6-4a7a-8b8b-c9c0d1d2e301";
    public static final String OTHER_ROUTE_ID = "e1e2e3e4-f5f6-4a7a-8b8b-c9c0d1d2e302";
    public static final String DRIVER_ID = "f1f2f3f4-a5a6-4b7b-8c8c-d9d0e1e2f301";
    public static final String OTHER_DRIVER_ID = "f1f2f3f4-a5a6-4b7b-8c8c-d9d0e1e2f302";
    public static final String VEHICLE_ID = "a1a2a3a4-b5b6-4c7c-8d8d-e9e0f1f2a301";
    public static final Instant ARRIVAL = Instant.parse("2030-01-15T10:00:00Z");
    public static final String CODE = "123456";

    private DeliveryFixtures() {
    }

    /** Line 0 reserved as 4 (first reservation) + 6 (second). */
    public static DeliveryLookups.ReadyOrder readyOrder() {
        return new DeliveryLookups.ReadyOrder(ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID, List.of(
                new DeliveryLookups.ReadyLine(lineId(0), PRODUCT_ID, STOCK_ITEM_ID, PCS, List.of(
                        new DeliveryLookups.Reservation(RESERVATION_ID, BigDecimal.valueOf(4)),
                        new DeliveryLookups.Reservation(OTHER_RESERVATION_ID, BigDecimal.valueOf(6))))));
    }

    public static DeliveryLine wholeLine() {
        return new DeliveryLine(lineId(0), PRODUCT_ID, STOCK_ITEM_ID, pcs(10),
                List.of(RESERVATION_ID, OTHER_RESERVATION_ID));
    }

    public static DeliveryCreatedEvent created(boolean codeRequired) {
        return new DeliveryCreatedEvent(DELIVERY_ID, NUMBER, ORDER_ID, CUSTOMER_ID, WAREHOUSE_ID,
                List.of(wholeLine()), null, null, codeRequired, false);
    }

    public static DeliveryScheduledEvent scheduled() {
        return new DeliveryScheduledEvent(DELIVERY_ID, ROUTE_ID, 1, ARRIVAL, DRIVER_ID, VEHICLE_ID);
    }

    public static DeliveryDispatchedEvent dispatched() {
        return new DeliveryDispatchedEvent(DELIVERY_ID, ORDER_ID, CUSTOMER_ID, List.of(wholeLine()),
                CODES.hash(DELIVERY_ID, CODE));
    }

    /** Every delivery's code is {@link #CODE}; the hash is the code reversed, tagged. */
    public static final ProofCodes CODES = new ProofCodes() {
        @Override
        public String code(String deliveryId) {
            return CODE;
        }

        @Override
        public String hash(String deliveryId, String code) {
            return "h:" + new StringBuilder(code.strip()).reverse();
        }
    };

    public static final class InMemoryDeliveryLookups implements DeliveryLookups {

        public ReadyOrder order = DeliveryFixtures.readyOrder();
        public boolean codeRequired = true;

        @Override
        public Optional<ReadyOrder> readyOrder(String orderId) {
            return order != null && order.orderId().equals(orderId) ? Optional.of(order) : Optional.empty();
        }

        @Override
        public List<String> deliveriesHolding(List<String> reservationIds) {
            return List.of();
        }

        @Override
        public boolean proofCodeRequired(String customerId) {
            return codeRequired;
        }
    }
}
