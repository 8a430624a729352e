package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a stock item in a storage location of its warehouse; a null location takes it out of any. */
public record PlaceStockItemCommand(@TargetAggregateIdentifier String stockItemId, String storageLocationId) {
}
