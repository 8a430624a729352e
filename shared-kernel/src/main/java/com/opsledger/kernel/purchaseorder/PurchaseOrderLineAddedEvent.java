package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PurchaseOrderLineAddedEvent(String purchaseOrderId, PurchaseOrderLine line, PurchaseOrderTotals totals,
                                          String reason) implements PurchaseOrderEvent {
}
