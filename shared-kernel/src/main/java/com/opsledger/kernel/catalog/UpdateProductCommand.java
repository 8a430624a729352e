package com.opsledger.kernel.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Changes what may change about a product; sku and unit are fixed for its life. */
public record UpdateProductCommand(@TargetAggregateIdentifier String productId, String name, BigDecimal reorderPoint,
                                   int leadTimeDays, String description, String category) {
}
