package com.opsledger.kernel.stocktake;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a stocktake. */
public record StocktakeId(String value) implements EntityId {

    public StocktakeId {
        value = Ids.requireValid("id", value);
    }
}
