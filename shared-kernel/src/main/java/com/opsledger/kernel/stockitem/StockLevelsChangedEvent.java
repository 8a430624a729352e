package com.opsledger.kernel.stockitem;

/**
 * Every stock event that leaves a stock item at new levels: what a handler needs that only follows on-hand, reserved
 * and available stock, whichever movement it was.
 */
public interface StockLevelsChangedEvent {

    String stockItemId();

    StockLevels levels();
}
