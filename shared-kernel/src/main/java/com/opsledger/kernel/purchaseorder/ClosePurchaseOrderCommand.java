package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ClosePurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId) {
}
