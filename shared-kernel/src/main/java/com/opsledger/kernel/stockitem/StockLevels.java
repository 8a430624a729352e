package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;

/** On-hand and reserved stock right after an event: each stock event carries the balance it leaves. */
public record StockLevels(Quantity onHand, Quantity reserved) {

    public Quantity available() {
        return onHand.minus(reserved);
    }
}
