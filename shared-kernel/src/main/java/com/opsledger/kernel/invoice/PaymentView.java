package com.opsledger.kernel.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record PaymentView(String id, String invoiceId, String purchaseOrderId, String supplierId, BigDecimal amount,
                          String currency, LocalDate paidOn, String reference, Instant recordedAt) {
}
