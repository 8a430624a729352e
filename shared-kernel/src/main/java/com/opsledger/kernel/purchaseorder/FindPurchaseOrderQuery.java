package com.opsledger.kernel.purchaseorder;

/** One purchase order with its history; {@code onlySupplierId} (a supplier-portal caller) hides other suppliers'. */
public record FindPurchaseOrderQuery(String purchaseOrderId, String onlySupplierId) {
}
