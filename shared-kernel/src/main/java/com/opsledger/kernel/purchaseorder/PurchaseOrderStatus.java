package com.opsledger.kernel.purchaseorder;

import java.util.Map;

/** The lifecycle of a purchase order; {@code CANCELLED} and {@code REJECTED} and {@code CLOSED} are final. */
public enum PurchaseOrderStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, SENT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    private static final Map<Class<? extends PurchaseOrderEvent>, PurchaseOrderStatus> STEPS = Map.of(
            PurchaseOrderCreatedEvent.class, DRAFT, PurchaseOrderSubmittedEvent.class, SUBMITTED,
            PurchaseOrderApprovedEvent.class, APPROVED, PurchaseOrderRejectedEvent.class, REJECTED,
            PurchaseOrderReapprovalRequiredEvent.class, SUBMITTED,
            PurchaseOrderSentEvent.class, SENT, PurchaseOrderConfirmedEvent.class, CONFIRMED,
            PurchaseOrderCancelledEvent.class, CANCELLED, PurchaseOrderClosedEvent.class, CLOSED);

    /** The status a purchase order has after {@code event}, when it had {@code before}: every reader's one rule. */
    public static PurchaseOrderStatus after(PurchaseOrderEvent event, PurchaseOrderStatus before) {
        if (event instanceof PurchaseOrderGoodsReceivedEvent received) {
            return received.statusAfter();
        }
        if (event instanceof PurchaseOrderReapprovedEvent reapproved) {
            return reapproved.statusAfter();
        }
        return STEPS.getOrDefault(event.getClass(), before);
    }
}
