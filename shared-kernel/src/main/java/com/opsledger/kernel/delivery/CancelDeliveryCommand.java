package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a delivery before dispatch: its goods stay reserved for the order. */
public record CancelDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String reason) {
}
