package com.opsledger.kernel.supplier;

/** One supplier; a supplier-portal caller finds only their own. */
public record FindSupplierQuery(String supplierId, String onlySupplierId) {
}
