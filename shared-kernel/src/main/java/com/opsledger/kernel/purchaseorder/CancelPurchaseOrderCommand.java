package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelPurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String reason) {
}
