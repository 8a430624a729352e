package com.opsledger.command.order;

import com.opsledger.command.lookup.ProductFacts;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotPermittedException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price of an order line: the product's list price when the order is placed, or the unit price asked for by a
 * sender allowed to price orders, in the product's currency (of its price, else of its cost). A product with neither
 * gives an unpriced line. All priced lines of one order share one currency.
 */
final class LinePricing {

    static final String PRICE_PERMISSION = "orders:price";

    private LinePricing() {
    }

    static Money price(String field, String productId, BigDecimal asked, boolean mayPrice, ProductFacts products) {
        ProductFacts.Facts facts = products.of(productId).orElse(null);
        Money list = facts == null ? null : facts.price();
        if (asked == null) {
            return list;
        }
        if (!mayPrice) {
            throw new NotPermittedException("price-override", field + ".unitPrice may only be set with permission "
                    + PRICE_PERMISSION);
        }
        Money.requireInRange(field + ".unitPrice", asked);
        if (asked.signum() < 0) {
            throw new InvalidValueException(field + ".unitPrice", "must be zero or more");
        }
        String currency = list != null ? list.currency()
                : facts != null && facts.cost() != null ? facts.cost().currency() : null;
        if (currency == null) {
            throw new BusinessRuleViolationException("product-unpriced", "product " + productId
                    + " has no price or cost, so no currency to price " + field + " in");
        }
        return Money.of(asked, currency);
    }

    /** Refuses an order whose priced lines are in more than one currency. */
    static void requireOneCurrency(Iterable<Money> prices) {
        String currency = null;
        for (Money price : prices) {
            if (price == null) {
                continue;
            }
            if (currency != null && !Objects.equals(currency, price.currency())) {
                throw new BusinessRuleViolationException("mixed-currencies", "an order's lines must be priced in one "
                        + "currency, not " + currency + " and " + price.currency());
            }
            currency = price.currency();
        }
    }
}
