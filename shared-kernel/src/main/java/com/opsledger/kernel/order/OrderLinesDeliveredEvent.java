package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Goods of these lines reached the customer. */
@Revision("1")
public record OrderLinesDeliveredEvent(String orderId, String deliveryId, List<LineQuantity> lines)
        implements OrderEvent {
}
