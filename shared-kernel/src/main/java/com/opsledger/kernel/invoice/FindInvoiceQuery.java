package com.opsledger.kernel.invoice;

public record FindInvoiceQuery(String invoiceId, String onlySupplierId) {
}
