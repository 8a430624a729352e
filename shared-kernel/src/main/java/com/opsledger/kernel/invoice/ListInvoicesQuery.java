package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.PageSpec;

import java.time.LocalDate;

/** Invoices, each filter optional; {@code overdue} true means due before {@code today} and not fully paid. */
public record ListInvoicesQuery(String supplierId, String purchaseOrderId, InvoiceStatus status, Boolean overdue,
                                LocalDate today, String onlySupplierId, PageSpec page) {
}
