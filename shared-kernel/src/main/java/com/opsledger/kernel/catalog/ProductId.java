package com.opsledger.kernel.catalog;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a product. */
public record ProductId(String value) implements EntityId {

    public ProductId {
        value = Ids.requireValid("id", value);
    }
}
