package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a backorder. */
public record BackorderId(String value) implements EntityId {

    public BackorderId {
        value = Ids.requireValid("id", value);
    }
}
