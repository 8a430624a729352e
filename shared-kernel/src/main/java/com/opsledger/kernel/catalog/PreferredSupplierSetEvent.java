package com.opsledger.kernel.catalog;

import org.axonframework.serialization.Revision;

/** The product's preferred supplier changed; {@code supplierId} null means it has none any more. */
@Revision("1")
public record PreferredSupplierSetEvent(String productId, String supplierId) {
}
