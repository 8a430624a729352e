package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderExpectedDatesChangedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineAddedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineRaisedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;

/**
 * What a purchase order event says of the order's status and totals, for every read model of purchase orders (the
 * table and the search index follow the same steps).
 */
final class PurchaseOrderSteps {

    private PurchaseOrderSteps() {
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
