package com.opsledger.kernel.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the supplier that replenishment orders a product from; null clears it. */
public record SetPreferredSupplierCommand(@TargetAggregateIdentifier String productId, String supplierId) {
}
