package com.opsledger.kernel.storagelocation;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a temperature alert: an excursion or a silent sensor at a storage location. */
public record TemperatureAlertId(String value) implements EntityId {

    public TemperatureAlertId {
        value = Ids.requireValid("id", value);
    }
}
