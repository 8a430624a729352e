package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitPurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String submittedBy) {
}
