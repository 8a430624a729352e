package com.opsledger.kernel.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Changes what may change about a product; sku and unit are fixed for its life. The details replace the old ones. */
public record UpdateProductCommand(@TargetAggregateIdentifier String productId, String name, BigDecimal reorderPoint,
                                   int leadTimeDays, String description, String category, ProductDetails details) {

    public UpdateProductCommand {
        details = details == null ? ProductDetails.NONE : details;
    }

    /** An update that leaves the product with none of the {@link ProductDetails}. */
    public UpdateProductCommand(String productId, String name, BigDecimal reorderPoint, int leadTimeDays,
                                String description, String category) {
        this(productId, name, reorderPoint, leadTimeDays, description, category, ProductDetails.NONE);
    }
}
