package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

/** Every line is fulfilled or cancelled, and at least one is fulfilled. */
@Revision("1")
public record OrderFulfilledEvent(String orderId) implements OrderEvent {
}
