package com.opsledger.command.lookup;

import com.opsledger.kernel.common.Money;

import java.util.Optional;

/** The cost a product is recorded at, where it has one: the first half of the valuation rule. */
public interface ProductCosts {

    Optional<Money> cost(String productId);
}
