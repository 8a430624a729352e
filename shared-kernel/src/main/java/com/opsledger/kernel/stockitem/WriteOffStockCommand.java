package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/**
 * Stock lost as waste (damaged, expired); {@code batch} names the batch when it is a specific one, {@code
 * disposalMethod} where it went ({@code compost}, {@code donation}, {@code animal-feed}, {@code landfill},
 * {@code incineration}; null when not said).
 */
public record WriteOffStockCommand(@TargetAggregateIdentifier String stockItemId, BigDecimal quantity, String reason,
                                   String batch, @TargetAggregateVersion Long expectedVersion,
                                   String disposalMethod) {

    /** A write-off that does not say how the waste is disposed of. */
    public WriteOffStockCommand(String stockItemId, BigDecimal quantity, String reason, String batch,
                                Long expectedVersion) {
        this(stockItemId, quantity, reason, batch, expectedVersion, null);
    }
}
