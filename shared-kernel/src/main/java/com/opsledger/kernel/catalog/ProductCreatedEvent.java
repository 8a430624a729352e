package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** Revision 2 added {@code category} (null = uncategorised); revision 1 is upcast with a null category. */
@Revision("2")
public record ProductCreatedEvent(String productId, String sku, String name, String unit, Quantity reorderPoint,
                                  int leadTimeDays, String description, String category) {
}
