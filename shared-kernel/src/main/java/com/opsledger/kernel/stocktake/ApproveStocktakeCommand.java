package com.opsledger.kernel.stocktake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager accepts the variances of a completed stocktake, which are then posted to stock. */
public record ApproveStocktakeCommand(@TargetAggregateIdentifier String stocktakeId) {
}
