package com.opsledger.kernel.purchaseorder;

import java.time.Instant;

/** One step of an order's life: what happened, the status it left, who did it, and any reason or note. */
public record PurchaseOrderHistoryView(Instant at, String event, PurchaseOrderStatus status, String userId,
                                       String note) {
}
