package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

/** A delivery left its route before dispatch and is pending again. */
@Revision("1")
public record DeliveryUnscheduledEvent(String deliveryId, String routeId) implements DeliveryEvent {
}
