package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a supplier invoice. */
public record InvoiceId(String value) implements EntityId {

    public InvoiceId {
        value = Ids.requireValid("id", value);
    }
}
