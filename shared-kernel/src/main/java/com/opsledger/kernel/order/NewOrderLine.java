package com.opsledger.kernel.order;

import java.math.BigDecimal;

/** A line as the customer asks for it. */
public record NewOrderLine(String productId, BigDecimal quantity) {
}
