package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The stock quality check {@code qualityCheckId} held was rejected and leaves: {@code write-off} as waste or
 * {@code return-to-supplier}. Nothing happens when the check holds nothing.
 */
public record DisposeOfQuarantinedStockCommand(@TargetAggregateIdentifier String stockItemId, String qualityCheckId,
                                               String disposition, String checkNumber) {
}
