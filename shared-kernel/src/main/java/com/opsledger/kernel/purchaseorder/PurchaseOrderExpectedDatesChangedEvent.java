package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A confirmed order's lines moved to new dates or quantities; {@code lines} holds every open line as it now is. */
@Revision("1")
public record PurchaseOrderExpectedDatesChangedEvent(String purchaseOrderId, String supplierId, String warehouseId,
                                                     List<ExpectedLine> lines, PurchaseOrderTotals totals,
                                                     String changedBy) implements PurchaseOrderEvent {
}
