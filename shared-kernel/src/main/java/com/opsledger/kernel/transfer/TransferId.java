package com.opsledger.kernel.transfer;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a transfer between warehouses. */
public record TransferId(String value) implements EntityId {

    public TransferId {
        value = Ids.requireValid("id", value);
    }
}
