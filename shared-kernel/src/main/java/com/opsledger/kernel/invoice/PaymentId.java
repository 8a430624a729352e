package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.EntityId;
import com.opsledger.kernel.common.Ids;

/** The id of a payment of an invoice. */
public record PaymentId(String value) implements EntityId {

    public PaymentId {
        value = Ids.requireValid("id", value);
    }
}
