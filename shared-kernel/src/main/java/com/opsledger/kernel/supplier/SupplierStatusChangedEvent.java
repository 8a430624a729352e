package com.opsledger.kernel.supplier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierStatusChangedEvent(String supplierId, SupplierStatus from, SupplierStatus to, String reason)
        implements SupplierEvent {
}
