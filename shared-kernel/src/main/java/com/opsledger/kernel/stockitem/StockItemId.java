package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a stock item. */
public record StockItemId(String value) implements EntityId {

    public StockItemId {
        value = Ids.requireValid("id", value);
    }
}
