package com.opsledger.kernel.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accepts a mismatched invoice for payment, knowingly, with a reason. */
public record AcceptInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String acceptedBy, String reason) {
}
