package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A delivery is (now) stop {@code sequence} of a route; scheduling it again moves it. */
@Revision("1")
public record DeliveryScheduledEvent(String deliveryId, String routeId, int sequence, Instant plannedArrival,
                                     String driverId, String vehicleId) implements DeliveryEvent {
}
