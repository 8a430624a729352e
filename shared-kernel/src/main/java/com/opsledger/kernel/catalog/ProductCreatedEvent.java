package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code category} (null = uncategorised), revision 3 the {@code attributes} (handling, weight,
 * price and cost); older revisions are upcast with a null category and {@link ProductAttributes#NONE}.
 */
@Revision("3")
public record ProductCreatedEvent(String productId, String sku, String name, String unit, Quantity reorderPoint,
                                  int leadTimeDays, String description, String category,
                                  ProductAttributes attributes) {

    public ProductCreatedEvent {
        attributes = attributes == null ? ProductAttributes.NONE : attributes;
    }

    /** A product created with none of the {@link ProductAttributes}. */
    public ProductCreatedEvent(String productId, String sku, String name, String unit, Quantity reorderPoint,
                               int leadTimeDays, String description, String category) {
        this(productId, sku, name, unit, reorderPoint, leadTimeDays, description, category, ProductAttributes.NONE);
    }
}
