package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a quality check. */
public record QualityCheckId(String value) implements EntityId {

    public QualityCheckId {
        value = Ids.requireValid("id", value);
    }
}
