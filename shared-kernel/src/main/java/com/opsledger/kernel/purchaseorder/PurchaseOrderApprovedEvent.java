package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

/** Approved by {@code approvedBy} at {@code level}; {@code AUTOMATIC} means below the policy's first threshold. */
@Revision("1")
public record PurchaseOrderApprovedEvent(String purchaseOrderId, String approvedBy, ApprovalLevel level)
        implements PurchaseOrderEvent {
}
