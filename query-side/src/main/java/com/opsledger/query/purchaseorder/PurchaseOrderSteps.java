package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderClosedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderRejectedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;

/**
 * What a purchase order event says of the order's status and totals, for every read model of purchase orders (the
 * table and the search index follow the same steps).
 */
final class PurchaseOrderSteps {

    private PurchaseOrderSteps() {
    }

    /** The status the order has after {@code event}, when it had {@code before}. */
    static PurchaseOrderStatus statusAfter(Object event, PurchaseOrderStatus before) {
        if (event instanceof PurchaseOrderCreatedEvent) {
            return PurchaseOrderStatus.DRAFT;
        }
        if (event instanceof PurchaseOrderSubmittedEvent) {
            return PurchaseOrderStatus.SUBMITTED;
        }
        if (event instanceof PurchaseOrderApprovedEvent) {
            return PurchaseOrderStatus.APPROVED;
        }
        if (event instanceof PurchaseOrderRejectedEvent) {
            return PurchaseOrderStatus.REJECTED;
        }
        if (event instanceof PurchaseOrderSentEvent) {
            return PurchaseOrderStatus.SENT;
        }
        if (event instanceof PurchaseOrderConfirmedEvent) {
            return PurchaseOrderStatus.CONFIRMED;
        }
        if (event instanceof PurchaseOrderGoodsReceivedEvent e) {
            return e.statusAfter();
        }
        if (event instanceof PurchaseOrderCancelledEvent) {
            return PurchaseOrderStatus.CANCELLED;
        }
        if (event instanceof PurchaseOrderClosedEvent) {
            return PurchaseOrderStatus.CLOSED;
        }
        return before;
    }

    /** The totals {@code event} leaves the order with; null when it leaves them as they were. */
    static PurchaseOrderTotals totalsAfter(Object event) {
        if (event instanceof PurchaseOrderCreatedEvent e) {
            return e.totals();
        }
        if (event instanceof PurchaseOrderLineAddedEvent e) {
            return e.totals();
        }
        if (event instanceof PurchaseOrderLineRaisedEvent e) {
            return e.totals();
        }
        if (event instanceof PurchaseOrderConfirmedEvent e) {
            return e.totals();
        }
        if (event instanceof PurchaseOrderExpectedDatesChangedEvent e) {
            return e.totals();
        }
        return null;
    }
}
