package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

/**
 * A raised confirmation approved by {@code approvedBy} at {@code level} ({@code AUTOMATIC} below the policy's first
 * threshold); the order goes on where it was, {@code statusAfter} (confirmed or partly received).
 */
@Revision("1")
public record PurchaseOrderReapprovedEvent(String purchaseOrderId, String approvedBy, ApprovalLevel level,
                                           PurchaseOrderStatus statusAfter) implements PurchaseOrderEvent {
}
