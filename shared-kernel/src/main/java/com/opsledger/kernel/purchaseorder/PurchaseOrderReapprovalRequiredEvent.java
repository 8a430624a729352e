package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Money;
import org.axonframework.serialization.Revision;

/**
 * The supplier confirmed more than was approved ({@code reason} says which lines, by how much): the order waits for
 * approval again, at the level its new {@code total} needs, and nothing is received until then.
 */
@Revision("1")
public record PurchaseOrderReapprovalRequiredEvent(String purchaseOrderId, String reason, Money total,
                                                   ApprovalLevel requiredLevel) implements PurchaseOrderEvent {
}
