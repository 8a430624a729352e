package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a session of a user. */
public record SessionId(String value) implements EntityId {

    public SessionId {
        value = Ids.requireValid("id", value);
    }
}
