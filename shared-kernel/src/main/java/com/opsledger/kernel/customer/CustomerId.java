package com.opsledger.kernel.customer;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a customer. */
public record CustomerId(String value) implements EntityId {

    public CustomerId {
        value = Ids.requireValid("id", value);
    }
}
