package com.opsledger.kernel.invoice;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InvoiceRejectedEvent(String invoiceId, String rejectedBy, String reason) implements InvoiceEvent {
}
