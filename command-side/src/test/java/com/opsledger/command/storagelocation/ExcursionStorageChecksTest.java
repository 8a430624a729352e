package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExcursionStorageChecksTest {

    private static final String MILK = "milk";
    private static final String SALT = "salt";

    private final List<StockAtLocations.StoredBatch> opened = new ArrayList<>();

    @Test
    void canOpenACheckForEachPerishableBatchOnHandAtTheLocation() {
        List<StockAtLocations.StoredBatch> stored = List.of(batch("item-1", MILK, "L1", "12"),
                batch("item-1", MILK, null, "3"), batch("item-1", MILK, "L0", "0"), batch("item-2", SALT, "S1", "40"));
        ExcursionStorageChecks checks = new ExcursionStorageChecks(location -> location.equals(
                StorageLocationTest.LOCATION) ? stored : List.of(), Set.of(MILK)::contains,
                (batch, note) -> {
                    assertThat(note).contains(StorageLocationTest.ALERT);
                    opened.add(batch);
                });

        checks.on(StorageLocationTest.started(2, 13, "11"));

        assertThat(opened).extracting(StockAtLocations.StoredBatch::batch).containsExactly("L1", null);
    }

    @Test
    void canGoOnWithTheOtherBatchesWhenOneCheckIsRefused() {
        List<StockAtLocations.StoredBatch> stored = List.of(batch("item-1", MILK, "L1", "1"),
                batch("item-3", MILK, "L2", "2"));
        ExcursionStorageChecks checks = new ExcursionStorageChecks(location -> stored, product -> true,
                (batch, note) -> {
                    if (batch.batch().equals("L1")) {
                        throw new IllegalStateException("refused");
                    }
                    opened.add(batch);
                });
        ExcursionStartedEvent started = StorageLocationTest.started(2, 13, "11");

        checks.on(started);

        assertThat(opened).extracting(StockAtLocations.StoredBatch::batch).containsExactly("L2");
    }

    private static StockAtLocations.StoredBatch batch(String item, String product, String batch, String quantity) {
        return new StockAtLocations.StoredBatch(item, product, StorageLocationTest.WAREHOUSE, batch,
                new BigDecimal(quantity), "kg");
    }
}
