package com.opsledger.kernel.stocktake;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;

/**
 * The difference a count found: {@code variance} = counted − (expected at start + movements since), worth
 * {@code value} (null when the product has no value); {@code beyondLimits} when it needs a manager's approval.
 */
public record StocktakeVariance(String stockItemId, String productId, String batch, Quantity expectedAtStart,
                                Quantity movementsSince, Quantity expected, Quantity counted, Quantity variance,
                                Money value, boolean beyondLimits) {
}
