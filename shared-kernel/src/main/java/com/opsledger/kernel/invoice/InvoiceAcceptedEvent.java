package com.opsledger.kernel.invoice;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InvoiceAcceptedEvent(String invoiceId, String acceptedBy, String reason) implements InvoiceEvent {
}
