package com.opsledger.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelOrderLineCommand(@TargetAggregateIdentifier String orderId, String lineId, String reason,
                                     String scopeCustomerId) {
}
