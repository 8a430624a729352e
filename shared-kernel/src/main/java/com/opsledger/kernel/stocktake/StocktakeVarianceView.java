package com.opsledger.kernel.stocktake;

import java.math.BigDecimal;

/**
 * variance = counted − expected, expected = expectedAtStart + movementsSince; {@code value} in {@code currency} is
 * null when the product has no value. {@code beyondLimits} variances needed a manager's approval.
 */
public record StocktakeVarianceView(String stockItemId, String productId, String batch, BigDecimal expectedAtStart,
                                    BigDecimal movementsSince, BigDecimal expected, BigDecimal counted,
                                    BigDecimal variance, BigDecimal value, String currency, boolean beyondLimits) {

    /** As a counter of a blind stocktake sees it: only what was counted. */
    public StocktakeVarianceView blinded() {
        return new StocktakeVarianceView(stockItemId, productId, batch, null, null, null, counted, null, null, null,
                beyondLimits);
    }
}
