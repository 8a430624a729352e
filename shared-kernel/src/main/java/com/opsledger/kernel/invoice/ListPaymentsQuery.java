package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.PageSpec;

public record ListPaymentsQuery(String invoiceId, String supplierId, String onlySupplierId, PageSpec page) {
}
