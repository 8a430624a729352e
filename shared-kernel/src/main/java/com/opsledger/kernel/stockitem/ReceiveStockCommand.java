package com.opsledger.kernel.stockitem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.opsledger.kernel.common.BusinessDates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code receivedOn}: the day of a receipt a person records, from which a perishable product's shelf life runs when
 * no expiry date is given; null for stock that arrives with its dates settled (a purchase order's receipt, a
 * transfer).
 */
public record ReceiveStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String batch,
                                  LocalDate expiryDate, @TargetAggregateVersion Long expectedVersion,
                                  LocalDate receivedOn) {

    @JsonCreator
    public ReceiveStockCommand {
        BusinessDates.require("expiryDate", expiryDate);
    }

    /** Stock that arrives with its dates settled. */
    public ReceiveStockCommand(String stockItemId, BigDecimal quantity, String batch, LocalDate expiryDate,
                               Long expectedVersion) {
        this(stockItemId, quantity, batch, expiryDate, expectedVersion, null);
    }
}
