package com.opsledger.command.lookup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What deliveries decide from: an order's reserved goods that are on no active delivery yet, and whether a customer
 * wants a code asked at the door. Kept in the transaction of the commands whose events it follows.
 */
public interface DeliveryLookups {

    record Reservation(String reservationId, BigDecimal quantity) {
    }

    record ReadyLine(String lineId, String productId, String stockItemId, String unit,
                     List<Reservation> reservations) {
    }

    record ReadyOrder(String orderId, String customerId, String warehouseId, List<ReadyLine> lines) {
    }

    /** The order with, per line, its open reservations that no pending, scheduled or dispatched delivery holds. */
    Optional<ReadyOrder> readyOrder(String orderId);

    /** The active deliveries that hold any of these reservations. */
    List<String> deliveriesHolding(List<String> reservationIds);

    /** Whether the customer's deliveries ask for the code sent at dispatch (yes unless the customer said no). */
    boolean proofCodeRequired(String customerId);
}
