package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Money;
import org.axonframework.serialization.Revision;

/** Submitted for approval; {@code requiredLevel} is what the approval policy asks for this total. */
@Revision("1")
public record PurchaseOrderSubmittedEvent(String purchaseOrderId, String submittedBy, Money total,
                                          ApprovalLevel requiredLevel) implements PurchaseOrderEvent {
}
