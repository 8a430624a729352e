package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of one write-off of a stock item. */
public record WriteOffId(String value) implements EntityId {

    public WriteOffId {
        value = Ids.requireValid("writeOffId", value);
    }
}
