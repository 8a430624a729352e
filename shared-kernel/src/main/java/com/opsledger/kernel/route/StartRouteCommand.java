package com.opsledger.kernel.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The route leaves the warehouse; {@code actingDriverId} is the driver who asks (null for staff). */
public record StartRouteCommand(@TargetAggregateIdentifier String routeId, String actingDriverId) {
}
