package com.opsledger.kernel.purchaseorder;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a purchase order. */
public record PurchaseOrderId(String value) implements EntityId {

    public PurchaseOrderId {
        value = Ids.requireValid("id", value);
    }
}
