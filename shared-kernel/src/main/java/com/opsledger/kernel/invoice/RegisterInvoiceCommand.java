package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** A supplier's invoice {@code number} against a purchase order, matched three ways when it is registered. */
public record RegisterInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String purchaseOrderId,
                                     String number, LocalDate invoiceDate, List<InvoiceLineSpec> lines) {

    public RegisterInvoiceCommand {
        BusinessDates.require("invoiceDate", invoiceDate);
    }
}
