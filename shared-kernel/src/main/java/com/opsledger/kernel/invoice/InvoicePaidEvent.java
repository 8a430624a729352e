package com.opsledger.kernel.invoice;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record InvoicePaidEvent(String invoiceId, LocalDate paidOn) implements InvoiceEvent {
}
