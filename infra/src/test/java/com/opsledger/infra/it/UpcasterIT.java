package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored in an earlier shape (StockReceivedEvent revision 1, batch and expiry date side by side) are read
 * through the upcaster by the aggregate, by the live projections and by a replay.
 */
class UpcasterIT extends ApplicationIT {

    /** Events written here bypass the command side, which keeps recently loaded aggregates in memory. */
    @Autowired
    @Qualifier("stockItemCache")
    Cache aggregates;

    @Test
    void canReadStockReceivedInTheFirstShape() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Upcast", "kg", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        storeRevision1(s.stockItemId(), 1, "{\"stockItemId\":\"" + s.stockItemId() + "\",\"quantity\":{\"amount\":8,"
                + "\"unit\":\"kg\"},\"batch\":\"OLD-LATE\",\"expiryDate\":\"2032-06-30\",\"levels\":{\"onHand\":"
                + "{\"amount\":8,\"unit\":\"kg\"},\"reserved\":{\"amount\":0,\"unit\":\"kg\"}}}");
        storeRevision1(s.stockItemId(), 2, "{\"stockItemId\":\"" + s.stockItemId() + "\",\"quantity\":{\"amount\":5,"
                + "\"unit\":\"kg\"},\"batch\":\"OLD-SOON\",\"expiryDate\":\"2030-01-31\",\"levels\":{\"onHand\":"
                + "{\"amount\":13,\"unit\":\"kg\"},\"reserved\":{\"amount\":0,\"unit\":\"kg\"}}}");
        storeRevision1(s.stockItemId(), 3, "{\"stockItemId\":\"" + s.stockItemId() + "\",\"quantity\":{\"amount\":2,"
                + "\"unit\":\"kg\"},\"batch\":null,\"expiryDate\":null,\"levels\":{\"onHand\":"
                + "{\"amount\":15,\"unit\":\"kg\"},\"reserved\":{\"amount\":0,\"unit\":\"kg\"}}}");

        // the live projection reads them as they are committed
        JsonNode live = Eventually.get(api, path, view -> view.path("onHand").decimalValue().intValue() == 15);
        assertThat(live.path("batches").toString()).contains("OLD-LATE", "OLD-SOON", "2030-01-31");

        // the aggregate loads them: the stock exists for a reservation, and the batch expiring first leaves first
        Api.Response reserved = api.post(path + "/reservations", Map.of("quantity", 6, "reference", "upcast/1"));
        assertThat(reserved.status()).as(reserved.body().toString()).isEqualTo(201);
        String reservationId = reserved.id();
        Api.Response issued = api.post(path + "/reservations/" + reservationId + "/issue", Map.of());
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
        JsonNode history = api.get("/api/v1/audit/stock-items/" + s.stockItemId() + "/events").body();
        JsonNode issue = history.get(history.size() - 1);
        assertThat(issue.path("eventType").asText()).isEqualTo("ReservationIssuedEvent");
        assertThat(issue.path("payload").path("batches").get(0).path("batch").asText()).isEqualTo("OLD-SOON");
        assertThat(issue.path("payload").path("batches").get(0).path("quantity").path("amount").decimalValue())
                .isEqualByComparingTo("5");
        assertThat(history.get(1).path("revision").asText()).isEqualTo("1");

        // new receipts are stored in the new shape
        assertThat(api.post(path + "/receipts", Map.of("quantity", 1, "batch", "NEW", "expiryDate", "2033-01-01"))
                .status()).isEqualTo(200);
        history = api.get("/api/v1/audit/stock-items/" + s.stockItemId() + "/events").body();
        JsonNode newest = history.get(history.size() - 1);
        assertThat(newest.path("revision").asText()).isEqualTo("2");
        assertThat(newest.path("payload").path("lot").path("batch").asText()).isEqualTo("NEW");

        JsonNode before = api.get(path).body();
        JsonNode movementsBefore = api.get(path + "/movements").body();
        Api.Response replay = api.post("/api/v1/admin/projections/stock-items-postgres/replay", Map.of());
        assertThat(replay.status()).isEqualTo(202);
        assertThat(api.post("/api/v1/admin/projections/stock-movements-postgres/replay", Map.of()).status())
                .isEqualTo(202);
        Eventually.get(api, "/api/v1/admin/projections", list -> caughtUp(list, "stock-items-postgres")
                && caughtUp(list, "stock-movements-postgres"));
        assertThat(api.get(path).body()).isEqualTo(before);
        assertThat(api.get(path + "/movements").body()).isEqualTo(movementsBefore);
    }

    static boolean caughtUp(JsonNode projections, String name) {
        for (JsonNode projection : projections) {
            if (name.equals(projection.path("name").asText())) {
                return "live".equals(projection.path("state").asText())
                        && projection.path("position").asLong() == projection.path("head").asLong();
            }
        }
        return false;
    }

    private void storeRevision1(String stockItemId, long sequence, String payload) {
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload, "
                        + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "values (nextval('domain_event_entry_global_index_seq'), ?, ?, ?, '1', ?, ?, ?, ?, 'StockItem')",
                UUID.randomUUID().toString(), "{\"userId\":\"migration\"}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "com.opsledger.kernel.stockitem.StockReceivedEvent",
                Instant.now().toString(), stockItemId, sequence);
        aggregates.remove(stockItemId);
    }
}
