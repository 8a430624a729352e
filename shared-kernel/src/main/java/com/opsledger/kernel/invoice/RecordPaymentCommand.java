package com.opsledger.kernel.invoice;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment, possibly partial, of an invoice in its currency. */
public record RecordPaymentCommand(@TargetAggregateIdentifier String invoiceId, String paymentId, BigDecimal amount,
                                   LocalDate paidOn, String reference) {

    public RecordPaymentCommand {
        BusinessDates.require("paidOn", paidOn);
    }
}
