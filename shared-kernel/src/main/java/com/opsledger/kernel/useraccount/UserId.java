package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a user account. */
public record UserId(String value) implements EntityId {

    public UserId {
        value = Ids.requireValid("id", value);
    }
}
