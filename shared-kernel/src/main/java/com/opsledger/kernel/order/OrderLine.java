package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;

/**
 * A line of a placed order and the stock item it is served from; {@code unitPrice} is the price per unit agreed when
 * the order was placed (null when the product had no price then).
 */
public record OrderLine(String lineId, String productId, String stockItemId, Quantity quantity, Money unitPrice) {

    /** A line without a price. */
    public OrderLine(String lineId, String productId, String stockItemId, Quantity quantity) {
        this(lineId, productId, stockItemId, quantity, null);
    }
}
