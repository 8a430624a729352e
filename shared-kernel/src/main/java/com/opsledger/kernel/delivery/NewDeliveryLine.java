package com.opsledger.kernel.delivery;

import java.math.BigDecimal;

/** A line asked for on a new delivery: an order line and how much of it (all that is ready when null). */
public record NewDeliveryLine(String lineId, BigDecimal quantity) {
}
