package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ProductUpdatedEvent(String productId, String name, Quantity reorderPoint, int leadTimeDays,
                                  String description) {
}
