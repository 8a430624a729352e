package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Goods of these lines left the warehouse on a delivery. */
@Revision("1")
public record OrderLinesDispatchedEvent(String orderId, String deliveryId, List<LineQuantity> lines)
        implements OrderEvent {
}
