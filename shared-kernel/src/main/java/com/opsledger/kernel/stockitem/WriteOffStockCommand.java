package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/** Stock lost as waste (damaged, expired); {@code batch} names the batch when it is a specific one. */
public record WriteOffStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String reason,
                                   String batch, @TargetAggregateVersion Long expectedVersion) {
}
