package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An approval by {@code approvedBy}, who holds {@code level} (null when the approver holds no approving role). */
public record ApprovePurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String approvedBy,
                                          ApprovalLevel level) {
}
