package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/** A signed correction of on-hand stock (a count found more or less than the books); {@code batch} is optional. */
public record AdjustStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String reason,
                                 String batch, @TargetAggregateVersion Long expectedVersion) {
}
