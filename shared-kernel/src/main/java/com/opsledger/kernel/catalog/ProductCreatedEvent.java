package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ProductCreatedEvent(String productId, String sku, String name, String unit, Quantity reorderPoint,
                                  int leadTimeDays, String description) {
}
