package com.opsledger.command.lookup;

import com.opsledger.kernel.common.Money;

import java.util.Optional;

/** What one unit of a product is worth by {@link com.opsledger.kernel.catalog.Valuation}, if anything is known. */
public interface UnitValues {

    Optional<Money> unitValue(String productId);
}
