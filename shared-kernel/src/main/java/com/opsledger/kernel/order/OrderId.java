package com.opsledger.kernel.order;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a customer order. */
public record OrderId(String value) implements EntityId {

    public OrderId {
        value = Ids.requireValid("id", value);
    }
}
