package com.opsledger.kernel.warehouse;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a warehouse. */
public record WarehouseId(String value) implements EntityId {

    public WarehouseId {
        value = Ids.requireValid("id", value);
    }
}
