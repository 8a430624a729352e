package com.opsledger.kernel.route;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a delivery route. */
public record RouteId(String value) implements EntityId {

    public RouteId {
        value = Ids.requireValid("id", value);
    }
}
