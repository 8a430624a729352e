package com.opsledger.kernel.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The route is back; {@code actingDriverId} is the driver who asks (null for staff). */
public record CompleteRouteCommand(@TargetAggregateIdentifier String routeId, String actingDriverId) {
}
