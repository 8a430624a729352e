package com.opsledger.kernel.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Orders the route's stops by the solver for {@code objective}: distance or time. */
public record OptimiseRouteCommand(@TargetAggregateIdentifier String routeId, String objective) {
}
