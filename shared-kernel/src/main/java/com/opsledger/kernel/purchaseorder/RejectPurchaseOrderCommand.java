package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectPurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String rejectedBy,
                                         ApprovalLevel level, String reason) {
}
