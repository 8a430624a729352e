package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Cancelled with a reason; {@code lines} are the order's lines as they stood, with what will now never arrive. */
@Revision("1")
public record PurchaseOrderCancelledEvent(String purchaseOrderId, String supplierId, String warehouseId,
                                          List<ExpectedLine> lines, String reason) implements PurchaseOrderEvent {
}
