package com.opsledger.command.storagelocation;

/**
 * Opens a {@code storage} quality check of one batch kept where an excursion happened. The seam between the cold chain
 * and quality checks: the implementation sends the quality check's open command.
 */
public interface StorageCheckOpener {

    void openStorageCheck(StockAtLocations.StoredBatch batch, String note);
}
