package com.opsledger.kernel.purchaseorder;

/** The lifecycle of a purchase order; {@code CANCELLED} and {@code REJECTED} and {@code CLOSED} are final. */
public enum PurchaseOrderStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, SENT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    /** The status a purchase order has after {@code event}, when it had {@code before}: every reader's one rule. */
    public static PurchaseOrderStatus after(PurchaseOrderEvent event, PurchaseOrderStatus before) {
        if (event instanceof PurchaseOrderGoodsReceivedEvent received) {
            return received.statusAfter();
        }
        if (event instanceof PurchaseOrderCreatedEvent) {
            return DRAFT;
        }
        if (event instanceof PurchaseOrderSubmittedEvent) {
            return SUBMITTED;
        }
        if (event instanceof PurchaseOrderApprovedEvent) {
            return APPROVED;
        }
        if (event instanceof PurchaseOrderRejectedEvent) {
            return REJECTED;
        }
        if (event instanceof PurchaseOrderSentEvent) {
            return SENT;
        }
        if (event instanceof PurchaseOrderConfirmedEvent) {
            return CONFIRMED;
        }
        if (event instanceof PurchaseOrderCancelledEvent) {
            return CANCELLED;
        }
        return event instanceof PurchaseOrderClosedEvent ? CLOSED : before;
    }
}
