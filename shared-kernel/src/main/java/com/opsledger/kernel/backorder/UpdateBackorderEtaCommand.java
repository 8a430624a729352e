package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A new estimate and its basis, e.g. {@code lead-time} or {@code purchase-order:<id>}. */
public record UpdateBackorderEtaCommand(@TargetAggregateIdentifier String backorderId, LocalDate eta,
                                        String etaBasis) {

    public UpdateBackorderEtaCommand {
        BusinessDates.require("eta", eta);
    }
}
