package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

/** Every line of the order is cancelled. */
@Revision("1")
public record OrderCancelledEvent(String orderId, String reason) implements OrderEvent {
}
