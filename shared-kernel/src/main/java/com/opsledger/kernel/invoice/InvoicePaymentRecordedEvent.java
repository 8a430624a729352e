package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.Money;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A payment of an invoice, with what has been paid of it in all and what is left. */
@Revision("1")
public record InvoicePaymentRecordedEvent(String invoiceId, String paymentId, String supplierId,
                                          String purchaseOrderId, Money amount, LocalDate paidOn, String reference,
                                          Money paidSoFar, Money outstanding) implements InvoiceEvent {
}
