package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ReceiveStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String batch,
                                  LocalDate expiryDate, @TargetAggregateVersion Long expectedVersion) {

    public ReceiveStockCommand {
        BusinessDates.require("expiryDate", expiryDate);
    }
}
