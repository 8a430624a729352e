package com.opsledger.kernel.driver;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a driver; a user with the delivery-driver role names it as their {@code driverId}. */
public record DriverId(String value) implements EntityId {

    public DriverId {
        value = Ids.requireValid("id", value);
    }
}
