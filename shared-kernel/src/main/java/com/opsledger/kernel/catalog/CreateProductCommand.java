package com.opsledger.kernel.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

public record CreateProductCommand(@TargetAggregateIdentifier String productId, String sku, String name, String unit,
                                   BigDecimal reorderPoint, int leadTimeDays, String description, String category,
                                   ProductDetails details) {

    public CreateProductCommand {
        details = details == null ? ProductDetails.NONE : details;
    }

    /** A product with none of the {@link ProductDetails}. */
    public CreateProductCommand(String productId, String sku, String name, String unit, BigDecimal reorderPoint,
                                int leadTimeDays, String description, String category) {
        this(productId, sku, name, unit, reorderPoint, leadTimeDays, description, category, ProductDetails.NONE);
    }
}
