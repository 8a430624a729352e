package com.opsledger.kernel.backorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code scopeCustomerId}, when set, is the only customer whose backorders the sender may cancel. */
public record CancelBackorderCommand(@TargetAggregateIdentifier String backorderId, String reason,
                                     String scopeCustomerId) {
}
