package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a delivery off the route it is on (before dispatch); it waits for another route. */
public record UnscheduleDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String routeId) {
}
