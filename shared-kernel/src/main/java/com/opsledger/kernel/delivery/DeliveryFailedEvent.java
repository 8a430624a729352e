package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

/** The goods could not be handed over; they are still with the driver until returned. */
@Revision("1")
public record DeliveryFailedEvent(String deliveryId, String reason, String note) implements DeliveryEvent {
}
