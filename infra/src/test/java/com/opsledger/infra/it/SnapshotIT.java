package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A long-lived stock item is loaded from its snapshot, and the snapshot holds its whole state. */
class SnapshotIT extends ApplicationIT {

    @Value("${opsledger.snapshot.stock-item-threshold}")
    private int threshold;

    @Test
    void canRestoreAStockItemFromItsSnapshot() throws InterruptedException {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Snapshot", "kg", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        assertThat(api.post(path + "/receipts", Map.of("quantity", 2, "batch", "EARLY", "expiryDate", "2030-01-01"))
                .status()).isEqualTo(200);
        String reservation = api.post(path + "/reservations", Map.of("quantity", 1.5, "reference", "kept")).id();
        for (int i = 0; i < threshold; i++) {
            assertThat(api.post(path + "/receipts", Map.of("quantity", 0.5)).status()).isEqualTo(200);
        }
        long snapshots = 0;
        for (int i = 0; i < 100 && snapshots == 0; i++) {
            snapshots = jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                    Long.class, s.stockItemId());
            Thread.sleep(50);
        }
        assertThat(snapshots).as("a snapshot was taken").isPositive();

        // Each of these needs state only the snapshot carries: the open reservation and the batches.
        assertThat(api.post(path + "/reservations/" + reservation + "/issue", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(path + "/reservations/" + reservation + "/issue", Map.of()).status()).isEqualTo(422);
        assertThat(api.post(path + "/write-offs", Map.of("quantity", 0.5, "reason", "expired", "batch", "EARLY"))
                .status()).isEqualTo(200);
        JsonNode item = api.get(path).body();
        assertThat(item.path("onHand").decimalValue()).isEqualByComparingTo(String.valueOf(2 + threshold * 0.5 - 2));
        assertThat(item.path("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(item.path("batches")).hasSize(1);
    }
}
