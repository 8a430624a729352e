package com.opsledger.command.catalog;

import com.opsledger.kernel.catalog.ProductAttributes;
import com.opsledger.kernel.catalog.ProductDetails;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a product's handling, weight, price and cost acceptable: a shelf life of 1 to 3650 days, storage
 * temperatures from -100 to 100 °C in tenths with the minimum not above the maximum, one of the known inspections, a
 * positive weight of at most 100 t per unit in grams, and a price and cost of zero or more in one currency named
 * with them.
 */
final class ProductAttributeRules {

    static final int MAX_SHELF_LIFE_DAYS = 3650;
    static final BigDecimal MIN_TEMPERATURE = new BigDecimal("-100");
    static final BigDecimal MAX_TEMPERATURE = new BigDecimal("100");
    static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("100000");
    static final Set<String> INSPECTIONS = Set.of(ProductAttributes.NO_INSPECTION, "on-receipt",
            "on-receipt-and-dispatch");

    private ProductAttributeRules() {
    }

    static ProductAttributes attributes(ProductDetails details) {
        BigDecimal min = temperature("storageTemperatureMinC", details.storageTemperatureMinC());
        BigDecimal max = temperature("storageTemperatureMaxC", details.storageTemperatureMaxC());
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidValueException("storageTemperatureMaxC", "must not be below storageTemperatureMinC");
        }
        String currency = currency(details);
        return new ProductAttributes(Boolean.TRUE.equals(details.perishable()), shelfLife(details.shelfLifeDays()),
                min, max, inspection(details.inspection()), weight(details.weightKg()),
                money("price", details.price(), currency), money("cost", details.cost(), currency));
    }

    private static Integer shelfLife(Integer days) {
        if (days != null && (days < 1 || days > MAX_SHELF_LIFE_DAYS)) {
            throw new InvalidValueException("shelfLifeDays", "must be between 1 and " + MAX_SHELF_LIFE_DAYS);
        }
        return days;
    }

    private static BigDecimal temperature(String field, BigDecimal celsius) {
        if (celsius == null) {
            return null;
        }
        if (celsius.compareTo(MIN_TEMPERATURE) < 0 || celsius.compareTo(MAX_TEMPERATURE) > 0) {
            throw new InvalidValueException(field, "must be between -100 and 100");
        }
        if (celsius.stripTrailingZeros().scale() > 1) {
            throw new InvalidValueException(field, "has more than 1 decimal place");
        }
        return celsius.stripTrailingZeros().setScale(Math.max(0, celsius.stripTrailingZeros().scale()));
    }

    private static String inspection(String inspection) {
        if (inspection == null) {
            return ProductAttributes.NO_INSPECTION;
        }
        String named = inspection.strip().toLowerCase(Locale.ROOT);
        if (!INSPECTIONS.contains(named)) {
            throw new InvalidValueException("inspection", "must be none, on-receipt or on-receipt-and-dispatch");
        }
        return named;
    }

    private static BigDecimal weight(BigDecimal kg) {
        if (kg == null) {
            return null;
        }
        if (kg.signum() <= 0 || kg.compareTo(MAX_WEIGHT_KG) > 0) {
            throw new InvalidValueException("weightKg", "must be more than 0 and at most " + MAX_WEIGHT_KG);
        }
        if (kg.stripTrailingZeros().scale() > 3) {
            throw new InvalidValueException("weightKg", "has more than 3 decimal places");
        }
        return kg.stripTrailingZeros().setScale(Math.max(0, kg.stripTrailingZeros().scale()));
    }

    /** The currency named with a price or cost; one without the other is refused, naming what is missing. */
    private static String currency(ProductDetails details) {
        boolean priced = details.price() != null || details.cost() != null;
        if (details.currency() == null || details.currency().isBlank()) {
            if (priced) {
                throw new InvalidValueException("currency", "is required with a price or a cost");
            }
            return null;
        }
        if (!priced) {
            throw new InvalidValueException("currency", "needs a price or a cost to apply to");
        }
        return Money.requireCurrency("currency", details.currency().strip());
    }

    private static Money money(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        Money.requireInRange(field, amount);
        if (amount.signum() < 0) {
            throw new InvalidValueException(field, "must be zero or more");
        }
        return Money.of(amount, currency);
    }
}
