package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PurchaseOrderSentEvent(String purchaseOrderId, String supplierId) implements PurchaseOrderEvent {
}
