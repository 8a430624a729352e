package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

public record ReceiveStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String batch,
                                  LocalDate expiryDate, @TargetAggregateVersion Long expectedVersion) {
}
