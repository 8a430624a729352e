package com.opsledger.kernel.order;

import java.math.BigDecimal;

/**
 * A line as the customer asks for it. {@code unitPrice}, when given, replaces the product's list price (only for a
 * caller allowed to price orders); it is in the product's currency.
 */
public record NewOrderLine(String productId, BigDecimal quantity, BigDecimal unitPrice) {

    /** A line at the product's list price. */
    public NewOrderLine(String productId, BigDecimal quantity) {
        this(productId, quantity, null);
    }
}
