package com.opsledger.kernel.dashboard;

/**
 * The operations KPIs now, of one warehouse when {@code warehouseId} is set, else of all; a caller held to a customer
 * or a supplier ({@code scoped}) sees no warehouse figures.
 */
public record OperationsDashboardQuery(String warehouseId, boolean scoped) {
}
