package com.opsledger.kernel.supplier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplierProductWithdrawnEvent(String supplierId, String productId) implements SupplierEvent {
}
