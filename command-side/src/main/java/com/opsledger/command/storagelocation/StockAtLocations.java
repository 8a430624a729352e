package com.opsledger.command.storagelocation;

import java.math.BigDecimal;
import java.util.List;

/** The batches kept at a storage location, for the checks an excursion there calls for. */
public interface StockAtLocations {

    /** Each batch (null: the stock received without one) on hand in a stock item kept at the location. */
    List<StoredBatch> batchesAt(String storageLocationId);

    record StoredBatch(String stockItemId, String productId, String warehouseId, String batch, BigDecimal quantity,
                       String unit) {
    }
}
