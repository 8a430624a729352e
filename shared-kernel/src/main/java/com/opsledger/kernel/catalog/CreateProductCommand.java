package com.opsledger.kernel.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

public record CreateProductCommand(@TargetAggregateIdentifier String productId, String sku, String name, String unit,
                                   BigDecimal reorderPoint, int leadTimeDays, String description, String category) {
}
