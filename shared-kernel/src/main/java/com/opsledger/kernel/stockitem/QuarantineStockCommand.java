package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Hold a batch (null: the stock without a batch) until quality check {@code qualityCheckId} decides on it;
 * {@code quantity} null holds all of the batch that is free.
 */
public record QuarantineStockCommand(@TargetAggregateIdentifier String stockItemId, String qualityCheckId,
                                     String batch, BigDecimal quantity, String reason) {
}
