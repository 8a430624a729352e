package com.opsledger.kernel.purchaseorder;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The supplier's confirmation: every line with its product, warehouse, quantity and expected date. */
@Revision("1")
public record PurchaseOrderConfirmedEvent(String purchaseOrderId, String supplierId, String warehouseId,
                                          List<ExpectedLine> lines, PurchaseOrderTotals totals, String confirmedBy)
        implements PurchaseOrderEvent {
}
