package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one valuation rule of the product: a unit of a product is worth its cost where the product has one, else the
 * last price it was bought at, in that price's currency. Waste, stocktake variances, transfer losses and the
 * dashboards all value stock through it; a product with neither has no value (not zero).
 */
public final class Valuation {

    private Valuation() {
    }

    /** The value of one unit from what is known of the product: its cost, else its last purchase price. */
    public static Optional<Money> unitValue(Money cost, Money lastPurchasePrice) {
        return Optional.ofNullable(cost != null ? cost : lastPurchasePrice);
    }

    /** A quantity (signed: a shortfall is worth a negative amount) at a unit value, in the currency's minor units. */
    public static Money value(BigDecimal quantity, Money unitValue) {
        return unitValue.times(quantity);
    }

    /** The value of a quantity where the unit value is known, else nothing. */
    public static Optional<Money> value(BigDecimal quantity, Optional<Money> unitValue) {
        return unitValue.map(unit -> value(quantity, unit));
    }
}
