package com.opsledger.kernel.stocktake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the counting: the variances are computed, and posted at once when none is beyond the limits. */
public record CompleteStocktakeCommand(@TargetAggregateIdentifier String stocktakeId) {
}
