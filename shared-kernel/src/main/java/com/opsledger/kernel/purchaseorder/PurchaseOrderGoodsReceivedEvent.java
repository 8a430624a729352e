package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A delivery arrived; {@code statusAfter} is partially received or received. */
@Revision("1")
public record PurchaseOrderGoodsReceivedEvent(String purchaseOrderId, String receiptId, String supplierId,
                                              String warehouseId, List<ReceivedLine> lines, LocalDate receivedOn,
                                              PurchaseOrderStatus statusAfter) implements PurchaseOrderEvent {
}
