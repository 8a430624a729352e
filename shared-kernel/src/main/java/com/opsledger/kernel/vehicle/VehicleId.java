package com.opsledger.kernel.vehicle;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a vehicle of the fleet. */
public record VehicleId(String value) implements EntityId {

    public VehicleId {
        value = Ids.requireValid("id", value);
    }
}
