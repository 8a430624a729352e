package com.opsledger.command.stocktake;

import com.opsledger.kernel.stocktake.StocktakeItem;
import com.opsledger.kernel.stocktake.StocktakeScope;

import java.util.List;
import java.util.Optional;

/**
 * What a stocktake decides from: the stock items of a warehouse with their balances now, kept in the transaction of
 * every stock movement, and the global event position reached.
 */
public interface StocktakeLookups {

    boolean warehouseExists(String warehouseId);

    /** The stock items of the warehouse that {@code scope} names, each with its on-hand stock and batches now. */
    List<StocktakeItem> inScope(String warehouseId, StocktakeScope scope);

    /** One stock item with its on-hand stock and batches now. */
    Optional<StocktakeItem> balance(String stockItemId);

    /** The global position of the newest event stored: a stocktake started now starts after it. */
    long position();
}
