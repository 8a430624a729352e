package com.opsledger.kernel.supplier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Puts a product in the supplier's catalogue, or changes its price and lead time there. */
public record OfferSupplierProductCommand(@TargetAggregateIdentifier String supplierId, String productId,
                                          BigDecimal price, String currency, int leadTimeDays) {
}
