package com.opsledger.kernel.delivery;

import com.opsledger.kernel.common.Quantity;

import java.util.List;

/** An order line on a delivery: how much goes, and the reservations on its stock item that hold those goods. */
public record DeliveryLine(String lineId, String productId, String stockItemId, Quantity quantity,
                           List<String> reservationIds) {
}
