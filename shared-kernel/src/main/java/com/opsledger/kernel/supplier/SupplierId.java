package com.opsledger.kernel.supplier;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a supplier. */
public record SupplierId(String value) implements EntityId {

    public SupplierId {
        value = Ids.requireValid("id", value);
    }
}
