package com.opsledger.kernel.backorder;

/** Backorder figures for reporting, each filter optional, within the asker's scope. */
public record BackorderReportQuery(String status, String customerId, String productId, String warehouseId,
                                   String slaState, String scopeCustomerId) {
}
