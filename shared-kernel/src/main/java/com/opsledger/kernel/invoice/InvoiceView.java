package com.opsledger.kernel.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record InvoiceView(String id, String number, String purchaseOrderId, String supplierId, InvoiceStatus status,
                          boolean matched, boolean overdue, LocalDate invoiceDate, LocalDate dueDate, String currency,
                          BigDecimal subtotal, BigDecimal total, BigDecimal paid, BigDecimal outstanding,
                          List<InvoiceLineView> lines, String acceptedBy, long version, Instant createdAt,
                          Instant updatedAt) {
}
