package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The stock quality check {@code qualityCheckId} held becomes available again; nothing happens when none is held. */
public record ReleaseStockFromQuarantineCommand(@TargetAggregateIdentifier String stockItemId, String qualityCheckId) {
}
