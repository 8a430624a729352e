package com.opsledger.kernel.stocktake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.opsledger.kernel.common.Quantity;

/**
 * One count: what was {@code counted} of a stock item (or of its {@code batch}), what it held when the stocktake
 * started and how much it moved between then and the count.
 */
public record StockCount(String stockItemId, String productId, String batch, Quantity counted,
                         Quantity expectedAtStart, Quantity movementsSince) {

    @JsonIgnore
    public Quantity expected() {
        return expectedAtStart.plus(movementsSince);
    }
}
