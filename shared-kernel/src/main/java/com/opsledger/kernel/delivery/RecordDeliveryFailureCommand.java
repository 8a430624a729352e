package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The goods could not be handed over: customer-absent, refused, address-not-found, damaged or other. */
public record RecordDeliveryFailureCommand(@TargetAggregateIdentifier String deliveryId, String reason, String note,
                                           String scopeDriverId) {
}
