package com.opsledger.kernel.stocktake;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A stocktake started after the global event position {@code startPosition}: {@code items} hold each stock item's
 * balance there, what its counts are expected to find before the movements since.
 */
@Revision("1")
public record StocktakeStartedEvent(String stocktakeId, String number, String warehouseId, StocktakeScope scope,
                                    boolean blind, long startPosition, List<StocktakeItem> items)
        implements StocktakeEvent {
}
