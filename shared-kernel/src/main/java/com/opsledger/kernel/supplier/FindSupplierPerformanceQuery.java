package com.opsledger.kernel.supplier;

public record FindSupplierPerformanceQuery(String supplierId, String onlySupplierId) {
}
