package com.opsledger.kernel.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The route's deliveries, in the order they are to be served; only while it is planned. */
public record ChangeRouteStopsCommand(@TargetAggregateIdentifier String routeId, List<String> deliveryIds) {
}
