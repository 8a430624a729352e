package com.opsledger.kernel.stocktake;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Counts entered; each replaces any earlier count of the same stock item and batch, which stays in the history. */
@Revision("1")
public record StockCountsRecordedEvent(String stocktakeId, List<StockCount> counts) implements StocktakeEvent {
}
