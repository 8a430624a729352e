package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An invoice with its three-way match; {@code status} is MATCHED or MISMATCHED. */
@Revision("1")
public record InvoiceRegisteredEvent(String invoiceId, String purchaseOrderId, String supplierId, String number,
                                     LocalDate invoiceDate, LocalDate dueDate, List<InvoiceLineMatch> lines,
                                     Money subtotal, Money total, InvoiceStatus status) implements InvoiceEvent {
}
