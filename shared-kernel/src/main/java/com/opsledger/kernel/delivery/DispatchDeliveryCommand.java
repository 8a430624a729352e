package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The delivery leaves the warehouse; {@code scopeDriverId} is the calling driver's (null for staff). */
public record DispatchDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String scopeDriverId) {
}
