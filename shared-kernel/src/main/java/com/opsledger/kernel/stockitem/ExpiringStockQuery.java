package com.opsledger.kernel.stockitem;

import java.time.LocalDate;

/** The batches expiring by {@code today} + {@code withinDays}, in one warehouse or all (null). */
public record ExpiringStockQuery(LocalDate today, int withinDays, String warehouseId) {
}
