package com.opsledger.kernel.supplier;

import com.opsledger.kernel.common.Money;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierProductOfferedEvent(String supplierId, String productId, Money price, int leadTimeDays)
        implements SupplierEvent {
}
