package com.opsledger.kernel.alert;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

public record AlertId(String value) implements EntityId {

    public AlertId {
        value = Ids.requireValid("id", value);
    }
}
