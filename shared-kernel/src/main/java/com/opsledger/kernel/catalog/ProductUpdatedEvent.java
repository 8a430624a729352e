package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/**
 * Revision 2 added {@code category} (null = uncategorised), revision 3 the {@code attributes} (handling, weight,
 * price and cost), which replace the product's former ones; older revisions are upcast with a null category and
 * {@link ProductAttributes#NONE}.
 */
@Revision("3")
public record ProductUpdatedEvent(String productId, String name, Quantity reorderPoint, int leadTimeDays,
                                  String description, String category, ProductAttributes attributes) {

    public ProductUpdatedEvent {
        attributes = attributes == null ? ProductAttributes.NONE : attributes;
    }

    /** An update that leaves the product with none of the {@link ProductAttributes}. */
    public ProductUpdatedEvent(String productId, String name, Quantity reorderPoint, int leadTimeDays,
                               String description, String category) {
        this(productId, name, reorderPoint, leadTimeDays, description, category, ProductAttributes.NONE);
    }
}
