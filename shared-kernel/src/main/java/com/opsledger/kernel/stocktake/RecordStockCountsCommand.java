package com.opsledger.kernel.stocktake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Counts of a stocktake; a count of a stock item (or batch) counted before replaces the earlier one. */
public record RecordStockCountsCommand(@TargetAggregateIdentifier String stocktakeId, List<CountLine> counts) {
}
