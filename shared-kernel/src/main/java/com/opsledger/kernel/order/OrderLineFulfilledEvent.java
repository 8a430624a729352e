package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

/** Every unit of the line still wanted is reserved for it. */
@Revision("1")
public record OrderLineFulfilledEvent(String orderId, String lineId) implements OrderEvent {
}
