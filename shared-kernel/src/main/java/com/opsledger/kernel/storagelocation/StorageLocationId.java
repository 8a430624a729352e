package com.opsledger.kernel.storagelocation;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a storage location (a cold room, a freezer, a dry store) in a warehouse. */
public record StorageLocationId(String value) implements EntityId {

    public StorageLocationId {
        value = Ids.requireValid("id", value);
    }
}
