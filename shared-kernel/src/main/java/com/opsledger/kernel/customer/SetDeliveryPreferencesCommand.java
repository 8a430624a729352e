package com.opsledger.kernel.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Whether the customer's deliveries ask for the code sent at dispatch; {@code scopeCustomerId} as for updates. */
public record SetDeliveryPreferencesCommand(@TargetAggregateIdentifier String customerId, boolean proofCodeRequired,
                                            String scopeCustomerId) {
}
