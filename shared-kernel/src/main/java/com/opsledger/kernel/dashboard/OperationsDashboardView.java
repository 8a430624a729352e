package com.opsledger.kernel.dashboard;

import java.math.BigDecimal;

/**
 * The operations KPIs now: stock on hand at its unit value (cost, else last purchase price) in {@code currency} (null
 * when nothing is valued), stock items below their reorder point, open purchase orders (approved, sent, confirmed or
 * partially received) with their total in {@code currency} and those past their expected date, the share of decided
 * quality checks that passed and of delivered deliveries delivered inside their time slot (null when none), and the
 * temperature alerts not yet resolved.
 */
public record OperationsDashboardView(BigDecimal stockValue, String currency, long itemsBelowReorderPoint,
                                      long openPurchaseOrders, BigDecimal openPurchaseOrdersValue,
                                      long overdueSupplierDeliveries, BigDecimal qualityPassRate,
                                      BigDecimal onTimeDeliveryRate, long openTemperatureAlerts) {
}
