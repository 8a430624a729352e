package com.opsledger.kernel.invoice;

public record FindPaymentQuery(String paymentId, String onlySupplierId) {
}
