package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.PageSpec;

import java.time.Instant;

/** Purchase orders, each filter optional; {@code from} inclusive and {@code to} exclusive on the creation time. */
public record ListPurchaseOrdersQuery(String supplierId, PurchaseOrderStatus status, Instant from, Instant to,
                                      String onlySupplierId, PageSpec page) {
}
