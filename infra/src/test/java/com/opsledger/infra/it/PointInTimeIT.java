package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A record as it was at an instant, rebuilt from its events, and what changed between two instants. */
class PointInTimeIT extends ApplicationIT {

    private record Seen(Instant at, JsonNode view) {
    }

    @Test
    void canRebuildAStockItemAtEveryInstantTheReadModelWasSeen() throws InterruptedException {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "AsOf", "kg", 5);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        Instant beforeCreation = Instant.parse("2000-01-01T00:00:00Z");
        List<Seen> seen = new ArrayList<>();
        seen.add(seen(api, path));
        List<Map<String, Object>> receipts = List.of(
                Map.of("quantity", 10, "batch", "A", "expiryDate", "2031-01-01"),
                Map.of("quantity", 4.5, "batch", "B", "expiryDate", "2030-06-01"),
                Map.of("quantity", 3));
        for (Map<String, Object> receipt : receipts) {
            assertThat(api.post(path + "/receipts", receipt).status()).isEqualTo(200);
            seen.add(seen(api, path));
        }
        List<String> reservations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Response reserved = api.post(path + "/reservations", Map.of("quantity", 1.5, "reference", "o/" + i));
            assertThat(reserved.status()).isEqualTo(201);
            reservations.add(reserved.id());
            seen.add(seen(api, path));
        }
        assertThat(api.post(path + "/reservations/" + reservations.get(0) + "/issue", Map.of()).status())
                .isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(api.post(path + "/reservations/" + reservations.get(1) + "/release", Map.of()).status())
                .isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(api.post(path + "/adjustments", Map.of("quantity", -2, "reason", "count", "batch", "A")).status())
                .isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(api.post(path + "/adjustments", Map.of("quantity", 1.25, "reason", "found")).status())
                .isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(api.post(path + "/write-offs", Map.of("quantity", 1, "reason", "damaged", "batch", "B")).status())
                .isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(api.post(path + "/receipts", Map.of("quantity", 2, "batch", "A", "expiryDate", "2031-01-01"))
                .status()).isEqualTo(200);
        seen.add(seen(api, path));
        assertThat(seen).hasSize(13);

        for (Seen then : seen) {
            Api.Response asOf = api.get(path + "?asOf=" + then.at());
            assertThat(asOf.status()).as(asOf.body().toString()).isEqualTo(200);
            JsonNode state = asOf.body().path("state");
            String what = "at " + then.at() + ": " + asOf.body() + " vs " + then.view();
            assertThat(asOf.body().path("sequenceNumber").asLong()).as(what).isEqualTo(then.view().path("version").asLong());
            assertThat(asOf.body().path("globalIndex").asLong()).isPositive();
            assertThat(state.path("version").asLong()).as(what).isEqualTo(then.view().path("version").asLong());
            for (String field : List.of("onHand", "reserved", "available")) {
                assertThat(state.path(field).decimalValue()).as(field + " " + what)
                        .isEqualByComparingTo(then.view().path(field).decimalValue());
            }
            assertThat(batches(state)).as(what).isEqualTo(batches(then.view()));
            assertThat(state.path("productId").asText()).isEqualTo(s.productId());
        }

        Api.Response before = api.get(path + "?asOf=" + beforeCreation);
        assertThat(before.status()).isEqualTo(404);
        Api.Response malformed = api.get(path + "?asOf=yesterday");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asText()).isEqualTo("asOf");
        assertThat(api.get(path).body().path("sku").asText()).isEqualTo(s.sku());

        Api.Response diff = api.get("/api/v1/audit/stock-items/" + s.stockItemId() + "/diff?from=" + seen.get(1).at()
                + "&to=" + seen.get(2).at());
        assertThat(diff.status()).as(diff.body().toString()).isEqualTo(200);
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        diff.body().path("changes").forEach(change -> changes.put(change.path("field").asText(), change));
        assertThat(changes).containsKeys("onHand", "available", "version", "updatedAt", "batches[1].batch");
        assertThat(changes.get("onHand").path("from").decimalValue()).isEqualByComparingTo("10");
        assertThat(changes.get("onHand").path("to").decimalValue()).isEqualByComparingTo("14.5");
        assertThat(changes).doesNotContainKeys("reserved", "productId", "batches[0].batch");
        Api.Response badDiff = api.get("/api/v1/audit/stock-items/" + s.stockItemId() + "/diff?from=soon");
        assertThat(badDiff.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
    }

    @Test
    void canShowAProductAndAWarehouseAsTheyWere() throws InterruptedException {
        Api api = api();
        String sku = unique("SKU");
        String productId = StockFlows.product(api, sku, "First name", "pcs", 3);
        String path = "/api/v1/products/" + productId;
        Seen first = seen(api, path);
        assertThat(api.put(path, Map.of("name", "Second name", "reorderPoint", 7, "leadTimeDays", 9)).status())
                .isEqualTo(200);
        Seen second = seen(api, path);

        assertThat(api.get(path + "?asOf=" + first.at()).body().path("state")).isEqualTo(first.view());
        assertThat(api.get(path + "?asOf=" + second.at()).body().path("state")).isEqualTo(second.view());
        JsonNode diff = api.get("/api/v1/audit/products/" + productId + "/diff?from=" + first.at()).body();
        assertThat(diff.path("changes").toString()).contains("Second name", "First name", "leadTimeDays");

        String code = unique("WH");
        String warehouseId = StockFlows.warehouse(api, code, "Somewhere");
        Seen warehouse = seen(api, "/api/v1/warehouses/" + warehouseId);
        assertThat(api.get("/api/v1/warehouses/" + warehouseId + "?asOf=" + warehouse.at()).body().path("state"))
                .isEqualTo(warehouse.view());
        assertThat(api.get("/api/v1/warehouses/" + warehouseId + "?asOf=" + first.at()).status()).isEqualTo(404);
    }

    private static Seen seen(Api api, String path) throws InterruptedException {
        Api.Response view = api.get(path);
        assertThat(view.status()).isEqualTo(200);
        Thread.sleep(5);
        Instant at = Instant.now();
        Thread.sleep(5);
        return new Seen(at, view.body());
    }

    private static List<String> batches(JsonNode view) {
        List<String> batches = new ArrayList<>();
        view.path("batches").forEach(b -> batches.add(b.path("batch").asText() + "/" + b.path("expiryDate").asText()
                + "/" + b.path("quantity").decimalValue().stripTrailingZeros().toPlainString()));
        return batches;
    }
}
