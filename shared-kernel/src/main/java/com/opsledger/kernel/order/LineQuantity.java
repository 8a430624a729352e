package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Quantity;

import java.util.List;

/** How much of one order line a step (a dispatch, a delivery, a return) concerns, and the reservations behind it. */
public record LineQuantity(String lineId, Quantity quantity, List<String> reservationIds) {
}
