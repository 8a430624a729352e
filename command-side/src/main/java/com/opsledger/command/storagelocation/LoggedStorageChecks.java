package com.opsledger.command.storagelocation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Until quality checks exist, the check a batch needs after an excursion is written to the log for a person. */
@Component
class LoggedStorageChecks implements StorageCheckOpener {

    private static final Logger log = LoggerFactory.getLogger(LoggedStorageChecks.class);

    @Override
    public void openStorageCheck(StockAtLocations.StoredBatch batch, String note) {
        log.warn("Storage check needed: batch {} ({} {}) of stock item {}, product {}: {}", batch.batch(),
                batch.quantity(), batch.unit(), batch.stockItemId(), batch.productId(), note);
    }
}
