package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PurchaseOrderLineRaisedEvent(String purchaseOrderId, String lineId, String productId, Quantity quantity,
                                           PurchaseOrderTotals totals, String reason) implements PurchaseOrderEvent {
}
