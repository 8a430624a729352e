package com.opsledger.command.storagelocation;

import com.opsledger.command.lookup.ProductFacts;
import org.springframework.stereotype.Component;

/** A product spoils when it is marked perishable. */
@Component
class FactsPerishableProducts implements PerishableProducts {

    private final ProductFacts facts;

    FactsPerishableProducts(ProductFacts facts) {
        this.facts = facts;
    }

    @Override
    public boolean perishable(String productId) {
        return facts.of(productId).map(ProductFacts.Facts::perishable).orElse(false);
    }
}
