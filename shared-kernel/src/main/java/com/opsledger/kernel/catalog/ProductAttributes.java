package com.opsledger.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;

/**
 * What a product needs in handling and what it is worth, as checked: whether it perishes and in how many days, the
 * storage temperature range in °C, which inspection goods of it get ({@code none}, {@code on-receipt},
 * {@code on-receipt-and-dispatch}), its weight per unit in kg, and its list price and cost (one currency).
 * Every field but {@code perishable} and {@code inspection} may be null (not known).
 */
public record ProductAttributes(boolean perishable, Integer shelfLifeDays, BigDecimal storageTemperatureMinC,
                                BigDecimal storageTemperatureMaxC, String inspection, BigDecimal weightKg, Money price,
                                Money cost) {

    public static final String NO_INSPECTION = "none";
    /** A product about which nothing of this is known: not perishable, no inspection, no weight, price or cost. */
    public static final ProductAttributes NONE = new ProductAttributes(false, null, null, null, NO_INSPECTION, null,
            null, null);

    public ProductAttributes {
        inspection = inspection == null ? NO_INSPECTION : inspection;
    }

    /** The currency of the price and cost, or null when the product has neither. */
    @JsonIgnore
    public String currency() {
        return price != null ? price.currency() : cost != null ? cost.currency() : null;
    }
}
