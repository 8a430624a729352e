package com.opsledger.kernel.purchaseorder;

import java.time.Instant;

/**
 * What was spent on purchase orders sent in [{@code from}, {@code to}), grouped by {@code supplier}, {@code month} or
 * {@code category} (of the products on the order lines);
 * {@code onlySupplierId} (a supplier-portal caller) limits it to one supplier.
 */
public record SpendingReportQuery(String groupBy, Instant from, Instant to, String onlySupplierId) {
}
