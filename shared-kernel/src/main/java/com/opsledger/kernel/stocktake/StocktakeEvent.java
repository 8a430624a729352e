package com.opsledger.kernel.stocktake;

/** Every event of a stocktake. */
public interface StocktakeEvent {

    String stocktakeId();
}
