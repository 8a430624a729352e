package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.query.search.StockSearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection rebuilt aside from the events is compared with the live read model; tampering shows. */
class VerificationIT extends ApplicationIT {

    @Autowired
    StockSearchIndex search;

    @Test
    void everyProjectionMatchesItsEvents() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Verified", "kg", 2);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 4, "batch", "V"));
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/reservations", Map.of("quantity", 1, "reference", "v"));
        String check = api.post("/api/v1/quality-checks", Map.of("checkType", "storage", "productId", s.productId(),
                "warehouseId", s.warehouseId(), "batch", "V")).id();
        api.post("/api/v1/quality-checks/" + check + "/results", Map.of("scores", Map.of("color", 7)));
        api.post("/api/v1/quality-checks/" + check + "/decision", Map.of("decision", "pass"));
        String stocktake = api.post("/api/v1/stocktakes", Map.of("warehouseId", s.warehouseId(), "scope",
                Map.of("all", true), "blind", true)).id();
        api.post("/api/v1/stocktakes/" + stocktake + "/counts", java.util.List.of(Map.of("stockItemId",
                s.stockItemId(), "batch", "V", "quantity", 4)));
        api.post("/api/v1/stocktakes/" + stocktake + "/completion", Map.of());
        OrderFlows.PlacedOrder delivered = OrderFlows.newCustomerOrders(api, "Verified delivery", 4, "Vera Verified",
                "silver", 2);
        String deliveryId = Eventually.get(api, "/api/v1/deliveries?orderId=" + delivered.orderId(),
                l -> l.path("content").size() == 1).path("content").get(0).path("id").asText();
        assertThat(api.post("/api/v1/deliveries/" + deliveryId + "/dispatch", Map.of()).status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/orders/" + delivered.orderId(),
                o -> o.path("status").asText().equals("out-for-delivery"));
        String vehicleId = FleetFlows.vehicle(api, 500);
        api.post("/api/v1/vehicles/" + vehicleId + "/status", Map.of("status", "maintenance"));
        String driverId = FleetFlows.driver(api, ApplicationIT.unique("Verified"), java.time.LocalDate.of(2030, 1, 1));
        String routeId = api.post("/api/v1/routes", Map.of("warehouseId", s.warehouseId(), "date", "2029-06-01",
                "vehicleId", FleetFlows.vehicle(api, 800), "driverId", driverId, "deliveryIds", java.util.List.of())).id();
        api.post("/api/v1/routes/" + routeId + "/start", Map.of());
        for (String name : new String[]{
                "products-postgres", "warehouses-postgres", "stock-items-postgres", "stock-movements-postgres",
                "reservations-postgres", "audit-trail-postgres", "stock-search-elastic", "quality-checks-postgres",
                "stocktakes-postgres", "deliveries-postgres", "orders-postgres", "vehicles-postgres",
                "drivers-postgres", "routes-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isPositive();
        }
        assertThat(api.post("/api/v1/admin/projections/no-such/verify", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void canVerifyTheColdChainAndWasteReadModels() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Chilled", "kg", 0);
        Api.Response location = api.post("/api/v1/storage-locations", Map.of("warehouseId", s.warehouseId(),
                "code", "V-1", "name", "Verified cold room", "kind", "chilled", "temperatureMinC", 0,
                "temperatureMaxC", 4));
        assertThat(location.status()).as(location.body().toString()).isEqualTo(201);
        java.time.Instant t0 = java.time.Instant.now().minus(java.time.Duration.ofHours(2))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String readings = "/api/v1/storage-locations/" + location.id() + "/readings";
        assertThat(api.post(readings, java.util.List.of(Map.of("sensorId", "v", "at", t0.toString(),
                "temperatureC", 9), Map.of("sensorId", "v", "at", t0.plusSeconds(900).toString(), "temperatureC", 9)))
                .status()).isEqualTo(200);
        JsonNode alert = Eventually.get(api, "/api/v1/temperature-alerts?storageLocationId=" + location.id(),
                body -> body.path("content").size() == 1).path("content").get(0);
        assertThat(api.post("/api/v1/temperature-alerts/" + alert.path("id").asText() + "/acknowledgement",
                Map.of()).status()).isEqualTo(200);
        assertThat(api.post(readings, java.util.List.of(Map.of("sensorId", "v", "at",
                t0.plusSeconds(1200).toString(), "temperatureC", 3))).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/stock-items/" + s.stockItemId() + "/location",
                Map.of("storageLocationId", location.id())).status()).isEqualTo(200);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 4, "batch", "C"));
        assertThat(api.post("/api/v1/stock-items/" + s.stockItemId() + "/write-offs", Map.of("quantity", 1,
                "reason", "spoilt", "disposalMethod", "compost")).status()).isEqualTo(200);
        for (String name : new String[]{"storage-locations-postgres", "temperature-alerts-postgres",
                "write-offs-postgres", "stock-items-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isPositive();
        }
    }

    @Test
    void transfersMatchTheirEvents() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Verified transfer", "kg", 0);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 4, "batch", "T",
                "expiryDate", "2031-01-31"));
        String to = StockFlows.warehouse(api, unique("WH"), "Verified destination");
        Api.Response requested = api.post("/api/v1/transfers", Map.of("fromWarehouseId", s.warehouseId(),
                "toWarehouseId", to, "lines", java.util.List.of(Map.of("productId", s.productId(), "quantity", 3))));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String path = "/api/v1/transfers/" + requested.id();
        assertThat(api.post(path + "/dispatch", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(path + "/receipts", Map.of("lines", java.util.List.of(Map.of("lineId", "1",
                "quantity", 2)))).status()).isEqualTo(200);
        assertThat(api.post(path + "/discrepancy", Map.of()).status()).isEqualTo(200);
        for (String name : new String[]{"transfers-postgres", "write-offs-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isGreaterThanOrEqualTo(4);
        }

        jdbc.update("update transfer_view set status = 'received' where id = ?", requested.id());
        try {
            assertThat(api.post("/api/v1/admin/projections/transfers-postgres/verify", Map.of()).body()
                    .path("matches").asBoolean()).as("a tampered transfer shows").isFalse();
        } finally {
            jdbc.update("update transfer_view set status = 'closed' where id = ?", requested.id());
        }
    }

    @Test
    void alertsMatchTheirEvents() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Verified alert", "pcs", 5);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 2));
        JsonNode below = Eventually.get(api, "/api/v1/alerts?kind=below-reorder-point&warehouseId=" + s.warehouseId(),
                body -> body.path("content").size() == 1).path("content").get(0);
        assertThat(api.post("/api/v1/alerts/" + below.path("id").asText() + "/acknowledgement",
                Map.of("note", "verified")).status()).isEqualTo(200);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 4));
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/adjustments", Map.of("quantity", -3,
                "reason", "count"));
        Eventually.get(api, "/api/v1/alerts?kind=below-reorder-point&warehouseId=" + s.warehouseId(),
                body -> body.path("content").size() == 2);
        assertThat(api.put("/api/v1/alerts/settings", Map.of("mutedKinds", java.util.List.of("supplier-late")))
                .status()).isEqualTo(200);
        for (String name : new String[]{"alerts-postgres", "alert-settings-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isPositive();
        }

        jdbc.update("update alert_view set status = 'open' where id = ?", below.path("id").asText());
        try {
            assertThat(api.post("/api/v1/admin/projections/alerts-postgres/verify", Map.of()).body()
                    .path("matches").asBoolean()).as("a tampered alert shows").isFalse();
        } finally {
            jdbc.update("update alert_view set status = 'resolved' where id = ?", below.path("id").asText());
        }
    }

    @Test
    void canReportATamperedRow() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Tampered", "kg", 2);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 4));
        jdbc.update("update stock_item_view set on_hand = on_hand + 100, available = available + 100 where id = ?",
                s.stockItemId());
        try {
            JsonNode report = api.post("/api/v1/admin/projections/stock-items-postgres/verify", Map.of()).body();
            assertThat(report.path("matches").asBoolean()).isFalse();
            assertThat(report.path("differences").asLong()).isEqualTo(2);
            JsonNode table = report.path("tables").get(0);
            assertThat(table.path("table").asText()).isEqualTo("stock_item_view");
            assertThat(table.path("onlyLive").asLong()).isEqualTo(1);
            assertThat(table.path("onlyRebuilt").asLong()).isEqualTo(1);
            assertThat(table.path("examples").toString()).contains(s.stockItemId(), "104", "\\\"on_hand\\\": 4");
            assertThat(report.path("tables").get(1).path("onlyLive").asLong()).isZero();
        } finally {
            jdbc.update("update stock_item_view set on_hand = on_hand - 100, available = available - 100 where id = ?",
                    s.stockItemId());
        }
        assertThat(api.post("/api/v1/admin/projections/stock-items-postgres/verify", Map.of()).body()
                .path("matches").asBoolean()).isTrue();
    }

    @Test
    void canReportATamperedSearchDocument() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Searched", "kg", 2);
        String id = StockSearchIndex.documentId(StockSearchIndex.WAREHOUSE, s.warehouseId());
        Eventually.get(api, "/api/v1/search?q=" + s.code(), body -> body.toString().contains(s.warehouseId()));
        String name = search.get(id).orElseThrow().warehouseName();
        search.merge(id, Map.of("warehouseName", "Tampered"));
        try {
            JsonNode report = api.post("/api/v1/admin/projections/stock-search-elastic/verify", Map.of()).body();
            assertThat(report.path("matches").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.path("differences").asLong()).isEqualTo(2);
            assertThat(report.path("tables").get(0).path("examples").toString()).contains("Tampered", name);
        } finally {
            search.merge(id, Map.of("warehouseName", name));
        }
    }
}
