package com.opsledger.command;

import com.opsledger.command.lookup.ProductFacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The facts of the products a test knows, as the product events would have left them. */
public class InMemoryProductFacts implements ProductFacts {

    public final Map<String, Facts> facts = new HashMap<>();

    public InMemoryProductFacts with(String productId, Facts productFacts) {
        facts.put(productId, productFacts);
        return this;
    }

    @Override
    public Optional<Facts> of(String productId) {
        return Optional.ofNullable(facts.get(productId));
    }
}
