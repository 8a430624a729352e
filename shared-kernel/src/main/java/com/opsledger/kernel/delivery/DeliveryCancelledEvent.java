package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A delivery was cancelled before dispatch; its lines' reservations are free for another delivery. */
@Revision("1")
public record DeliveryCancelledEvent(String deliveryId, String orderId, List<DeliveryLine> lines, String reason)
        implements DeliveryEvent {
}
