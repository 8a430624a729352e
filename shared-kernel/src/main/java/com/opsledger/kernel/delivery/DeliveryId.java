package com.opsledger.kernel.delivery;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a delivery. */
public record DeliveryId(String value) implements EntityId {

    public DeliveryId {
        value = Ids.requireValid("id", value);
    }
}
