package com.opsledger.kernel.purchaseorder;

/** The lifecycle of a purchase order; {@code CANCELLED} and {@code REJECTED} and {@code CLOSED} are final. */
public enum PurchaseOrderStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, SENT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED
}
