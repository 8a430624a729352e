package com.opsledger.kernel.backorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BackorderFulfilledEvent(String backorderId, String orderId, String lineId, String customerId,
                                      String stockItemId) implements BackorderEvent, BackorderClosedEvent {
}
