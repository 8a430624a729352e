package com.opsledger.kernel.order;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a line of a customer order. */
public record OrderLineId(String value) implements EntityId {

    public OrderLineId {
        value = Ids.requireValid("id", value);
    }
}
