package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A delivery was planned for an order's reserved goods; {@code automatic} when no person asked for it. */
@Revision("1")
public record DeliveryCreatedEvent(String deliveryId, String number, String orderId, String customerId,
                                   String warehouseId, List<DeliveryLine> lines, TimeSlot timeSlot,
                                   String instructions, boolean proofCodeRequired, boolean automatic)
        implements DeliveryEvent {
}
