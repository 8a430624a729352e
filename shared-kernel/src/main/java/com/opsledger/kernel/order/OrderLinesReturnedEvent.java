package com.opsledger.kernel.order;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Goods of these lines came back from a failed delivery: they are no longer reserved for the order, and the lines
 * are open (pending) again for that much.
 */
@Revision("1")
public record OrderLinesReturnedEvent(String orderId, String deliveryId, List<LineQuantity> lines)
        implements OrderEvent {
}
