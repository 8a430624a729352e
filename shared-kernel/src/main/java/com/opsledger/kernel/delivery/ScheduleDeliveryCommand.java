package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Puts a delivery on a route as its stop {@code sequence}, driven by that route's driver and vehicle. */
public record ScheduleDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String routeId, int sequence,
                                      Instant plannedArrival, String driverId, String vehicleId) {
}
