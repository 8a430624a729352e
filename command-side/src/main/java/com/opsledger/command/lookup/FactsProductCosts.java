package com.opsledger.command.lookup;

import com.opsledger.kernel.common.Money;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A product's cost as its last product event recorded it. */
@Component
class FactsProductCosts implements ProductCosts {

    private final ProductFacts facts;

    FactsProductCosts(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public Optional<Money> cost(String productId) {
        return facts.of(productId).map(ProductFacts.Facts::cost);
    }
}
