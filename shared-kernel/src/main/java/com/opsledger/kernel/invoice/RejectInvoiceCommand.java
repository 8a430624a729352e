package com.opsledger.kernel.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String rejectedBy, String reason) {
}
