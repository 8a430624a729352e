package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Quantity;

/** A line of a placed order and the stock item it is served from. */
public record OrderLine(String lineId, String productId, String stockItemId, Quantity quantity) {
}
