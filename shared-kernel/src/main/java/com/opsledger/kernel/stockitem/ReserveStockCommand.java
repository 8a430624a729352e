package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

public record ReserveStockCommand(@TargetAggregateIdentifier String stockItemId, String reservationId,
                                  BigDecimal quantity, String reference, @TargetAggregateVersion Long expectedVersion) {
}
