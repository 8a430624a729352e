package com.opsledger.kernel.purchaseorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An approval by {@code approvedBy} (the user {@code approverId}), who holds {@code level} (null when the approver
 * holds no approving role).
 */
public record ApprovePurchaseOrderCommand(@TargetAggregateIdentifier String purchaseOrderId, String approvedBy,
                                          String approverId, ApprovalLevel level) {
}
