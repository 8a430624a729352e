package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PurchaseOrderClosedEvent(String purchaseOrderId) implements PurchaseOrderEvent {
}
