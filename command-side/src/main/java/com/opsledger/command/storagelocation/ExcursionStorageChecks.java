package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An excursion at a storage location puts what spoils there in doubt: a {@code storage} quality check is opened for
 * each perishable batch kept at the location when the excursion starts. It acts once per excursion (never on replay);
 * a check that cannot be opened is logged and the others still are.
 */
@Component
@DisallowReplay
@ProcessingGroup(ExcursionStorageChecks.NAME)
public class ExcursionStorageChecks {

    public static final String NAME = "excursion-storage-checks";
    private static final Logger log = LoggerFactory.getLogger(ExcursionStorageChecks.class);

    private final StockAtLocations stock;
    private final PerishableProducts products;
    private final StorageCheckOpener checks;

    public ExcursionStorageChecks(StockAtLocations stock, PerishableProducts products, StorageCheckOpener checks) {
        this.stock = stock;
        this.products = products;
        this.checks = checks;
    }

    @EventHandler
    void on(ExcursionStartedEvent event) {
        String note = "Excursion at the storage location since " + event.startedAt() + " (" + event.temperatureC()
                + " °C read, range " + event.range().temperatureMinC() + " to " + event.range().temperatureMaxC()
                + " °C); temperature alert " + event.alertId();
        for (StockAtLocations.StoredBatch batch : stock.batchesAt(event.storageLocationId())) {
            if (batch.quantity().signum() <= 0 || !products.perishable(batch.productId())) {
                continue;
            }
            try {
                checks.openStorageCheck(batch, note);
            } catch (RuntimeException refused) {
                log.warn("Could not open the storage check of batch {} of stock item {} after alert {}: {}",
                        batch.batch(), batch.stockItemId(), event.alertId(), refused.getMessage());
            }
        }
    }
}
