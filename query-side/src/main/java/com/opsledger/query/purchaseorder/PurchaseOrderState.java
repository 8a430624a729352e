package com.opsledger.query.purchaseorder;

import com.fasterxml.jackson.annotation.JsonValue;
import com.opsledger.kernel.purchaseorder.PurchaseOrderView;

import java.time.Instant;

/**
 * A purchase order as its own events leave it: its usual view, which is all that point-in-time answers and diffs
 * show, and when it was sent (null before), which spending is dated by.
 */
record PurchaseOrderState(PurchaseOrderView view, Instant sentAt) {

    @JsonValue
    @Override
    public PurchaseOrderView view() {
        return view;
    }
}
