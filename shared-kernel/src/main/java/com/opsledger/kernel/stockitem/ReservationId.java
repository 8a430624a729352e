package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a reservation of a stock item. */
public record ReservationId(String value) implements EntityId {

    public ReservationId {
        value = Ids.requireValid("id", value);
    }
}
