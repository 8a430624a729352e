package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SendPurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId) {
}
