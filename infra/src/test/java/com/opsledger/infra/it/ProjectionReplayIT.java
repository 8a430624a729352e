package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Projections listed with their progress, and a replay that rebuilds a read model to exactly what it was. */
class ProjectionReplayIT extends ApplicationIT {

    private static final String STOCK_ITEMS = "stock-items-postgres";

    @Test
    void canListEveryProjectionWithItsStoreStateAndLag() {
        Api api = api();
        StockFlows.stockItem(api, "Listed", "pcs", 0);

        JsonNode projections = Eventually.get(api, "/api/v1/admin/projections", list -> {
            JsonNode stock = find(list, STOCK_ITEMS);
            return stock != null && "live".equals(stock.path("state").asText());
        });
        List<String> names = AuditIT.texts(projections, "name");
        assertThat(names).contains(STOCK_ITEMS, "products-postgres", "warehouses-postgres", "audit-trail-postgres",
                "stock-search-elastic");
        assertThat(find(projections, "stock-search-elastic").path("store").asText()).isEqualTo("elasticsearch");
        JsonNode stock = find(projections, STOCK_ITEMS);
        assertThat(stock.path("store").asText()).isEqualTo("postgres");
        assertThat(stock.path("head").asLong()).isPositive();
        assertThat(stock.path("position").asLong()).isLessThanOrEqualTo(stock.path("head").asLong());
        assertThat(stock.path("behindEvents").asLong())
                .isEqualTo(stock.path("head").asLong() - stock.path("position").asLong());

        Api.Response unknown = api.post("/api/v1/admin/projections/no-such-projection/replay", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void canReplayTheStockItemTableAndRebuildItExactly() {
        Api api = api();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StockFlows.StockSetup s = StockFlows.stockItem(api, "Replayed", "kg", 5);
            String path = "/api/v1/stock-items/" + s.stockItemId();
            api.post(path + "/receipts", Map.of("quantity", 10 + i, "batch", "B-" + i, "expiryDate", "2031-01-0" + (i + 1)));
            api.post(path + "/reservations", Map.of("quantity", 2, "reference", "replay/" + i));
            api.post(path + "/write-offs", Map.of("quantity", 1, "reason", "damaged", "batch", "B-" + i));
            ids.add(s.stockItemId());
        }
        List<JsonNode> before = views(api, ids);
        long totalBefore = api.get("/api/v1/stock-items?size=1").body().path("totalElements").asLong();

        Api.Response replay = api.post("/api/v1/admin/projections/" + STOCK_ITEMS + "/replay", Map.of());
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
        assertThat(replay.body().path("name").asText()).isEqualTo(STOCK_ITEMS);

        JsonNode caughtUp = liveAtTheHead(api, STOCK_ITEMS);
        assertThat(find(caughtUp, STOCK_ITEMS).path("behindEvents").asLong()).isZero();
        assertThat(find(caughtUp, STOCK_ITEMS).path("behindSeconds").asLong()).isZero();
        assertThat(find(caughtUp, STOCK_ITEMS).path("percentDone").isNull()).isTrue();

        assertThat(views(api, ids)).isEqualTo(before);
        assertThat(api.get("/api/v1/stock-items?size=1").body().path("totalElements").asLong()).isEqualTo(totalBefore);
    }

    /** A replay reads the batch's products and warehouses together; every item still carries its own. */
    @Test
    void canReplayTheSearchIndexAndRebuildItExactly() {
        Api api = api();
        List<StockFlows.StockSetup> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StockFlows.StockSetup s = StockFlows.stockItem(api, "Reindexed " + i, "pcs", 4);
            api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 2 + i));
            items.add(s);
        }
        List<JsonNode> before = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            StockFlows.StockSetup s = items.get(i);
            double onHand = 2 + i;
            before.add(withoutScore(Eventually.get(api, "/api/v1/search?kind=stockItem&q=" + s.sku(), body ->
                    body.path("hits").size() == 1 && body.path("hits").get(0).path("onHand").asDouble() == onHand)
                    .path("hits").get(0)));
        }

        assertThat(api.post("/api/v1/admin/projections/stock-search-elastic/replay", Map.of()).status())
                .isEqualTo(202);
        liveAtTheHead(api, "stock-search-elastic");

        for (int i = 0; i < items.size(); i++) {
            StockFlows.StockSetup s = items.get(i);
            JsonNode hits = api.get("/api/v1/search?kind=stockItem&q=" + s.sku()).body().path("hits");
            assertThat(hits).hasSize(1);
            assertThat(withoutScore(hits.get(0))).isEqualTo(before.get(i));
            assertThat(hits.get(0).path("warehouseCode").asText()).isEqualTo(s.code());
            assertThat(hits.get(0).path("productId").asText()).isEqualTo(s.productId());
        }
        Api.Response verified = api.post("/api/v1/admin/projections/stock-search-elastic/verify", Map.of());
        assertThat(verified.body().path("matches").asBoolean()).as(verified.body().toString()).isTrue();
    }

    /** The projection list once {@code name} is live again and has read every stored event. */
    private static JsonNode liveAtTheHead(Api api, String name) {
        return Eventually.get(api, "/api/v1/admin/projections", list -> {
            JsonNode projection = find(list, name);
            return projection != null && "live".equals(projection.path("state").asText())
                    && projection.path("position").asLong() == projection.path("head").asLong();
        });
    }

    /** Relevance scores depend on the index's statistics, which a rebuilt index does not share. */
    private static JsonNode withoutScore(JsonNode hit) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = hit.deepCopy();
        copy.remove("score");
        return copy;
    }

    @Test
    void canReplayTheAuditTrailAndRebuildItExactly() {
        Api api = api();
        String correlationId = unique("replayed-order");
        Map<String, String> headers = Map.of("X-Correlation-Id", correlationId);
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Audited", "pcs", 1);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        assertThat(api.post(path + "/receipts", Map.of("quantity", 3), headers).status()).isEqualTo(200);
        assertThat(api.post(path + "/adjustments", Map.of("quantity", -1, "reason", "count"), headers).status())
                .isEqualTo(200);
        JsonNode before = api.get("/api/v1/audit/correlations/" + correlationId).body();
        assertThat(before.path("events")).hasSize(2);
        String recentStockEvents = "/api/v1/audit/events?aggregateType=StockItem&size=200&after="
                + Math.max(0, before.path("events").get(0).path("globalIndex").asLong() - 100);
        Api.Response trailBefore = api.get(recentStockEvents);
        assertThat(trailBefore.status()).isEqualTo(200);
        assertThat(trailBefore.body().path("content")).hasSizeGreaterThanOrEqualTo(3);

        assertThat(api.post("/api/v1/admin/projections/audit-trail-postgres/replay", Map.of()).status())
                .isEqualTo(202);
        liveAtTheHead(api, "audit-trail-postgres");

        assertThat(api.get("/api/v1/audit/correlations/" + correlationId).body()).isEqualTo(before);
        assertThat(api.get(recentStockEvents).body()).isEqualTo(trailBefore.body());
    }

    private static List<JsonNode> views(Api api, List<String> ids) {
        List<JsonNode> views = new ArrayList<>();
        for (String id : ids) {
            Api.Response view = api.get("/api/v1/stock-items/" + id);
            assertThat(view.status()).isEqualTo(200);
            views.add(view.body());
        }
        return views;
    }

    private static JsonNode find(JsonNode projections, String name) {
        for (JsonNode projection : projections) {
            if (name.equals(projection.path("name").asText())) {
                return projection;
            }
        }
        return null;
    }
}
