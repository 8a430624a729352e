package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PurchaseOrderRejectedEvent(String purchaseOrderId, String rejectedBy, String reason)
        implements PurchaseOrderEvent {
}
