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

    @Autowired
    com.opsledger.command.storagelocation.SensorSilenceCheck silenceCheck;

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
        // sensor v, last heard well over half an hour ago, is silent
        silenceCheck.check();
        Eventually.get(api, "/api/v1/temperature-alerts?storageLocationId=" + location.id(),
                body -> body.path("content").findValuesAsText("kind").contains("silence"));
        for (String name : new String[]{"storage-locations-postgres", "temperature-alerts-postgres",
                "write-offs-postgres", "stock-items-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isPositive();
        }
    }

    @Test
    void purchaseOrderReturnsMatchTheirEvents() {
        Api api = api();
        Map<String, Object> product = new java.util.LinkedHashMap<>();
        product.put("sku", unique("VR"));
        product.put("name", "Verified return");
        product.put("unit", "pcs");
        product.put("reorderPoint", 0);
        product.put("leadTimeDays", 2);
        product.put("inspection", "on-receipt");
        String productId = api.post("/api/v1/products", product).id();
        String warehouseId = StockFlows.warehouse(api, unique("WH"), "Verified returns");
        String order = ProcurementFlows.order(api, ProcurementFlows.activeSupplier(api, unique("VSUP")), warehouseId,
                java.util.List.of(ProcurementFlows.line(productId, 5, 2)));
        String path = "/api/v1/purchase-orders/" + order;
        ProcurementFlows.ok(api.post(path + "/submission", Map.of()));
        ProcurementFlows.ok(api.post(path + "/sending", Map.of()));
        String receipt = api.post(path + "/receipts", Map.of("lines", java.util.List.of(Map.of("lineId", "1",
                "quantity", 5)))).id();
        JsonNode check = Eventually.get(api, "/api/v1/quality-checks?productId=" + productId,
                body -> body.path("content").size() == 1).path("content").get(0);
        assertThat(check.path("receiptId").asText()).isEqualTo(receipt);
        ProcurementFlows.ok(api.post("/api/v1/quality-checks/" + check.path("id").asText() + "/decision", Map.of(
                "decision", "reject", "reason", "crushed", "disposition", "return-to-supplier")));
        Eventually.get(api, path, body -> body.path("lines").get(0).path("returned").decimalValue()
                .compareTo(java.math.BigDecimal.valueOf(5)) == 0);
        Api.Response verified = api.post("/api/v1/admin/projections/purchase-orders-postgres/verify", Map.of());
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.body().path("matches").asBoolean()).as(verified.body().toString()).isTrue();
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
        // the settings of the shared administrator: muted for the verification, unmuted after it for the other tests
        assertThat(api.put("/api/v1/alerts/settings", Map.of("mutedKinds", java.util.List.of("supplier-late")))
                .status()).isEqualTo(200);
        try {
            for (String name : new String[]{"alerts-postgres", "alert-settings-postgres"}) {
                Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
                assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
                assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
                assertThat(verified.body().path("events").asLong()).isPositive();
            }
        } finally {
            assertThat(api.put("/api/v1/alerts/settings", Map.of("mutedKinds", java.util.List.of())).status())
                    .isEqualTo(200);
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

    @Test
    void fulfilmentTimesMatchTheirEvents() {
        Api api = api();
        OrderFlows.PlacedOrder filled = OrderFlows.newCustomerOrders(api, "Verified fulfilment", 0, "Fay Filled",
                "gold", 3);
        Eventually.get(api, "/api/v1/backorders?customerId=" + filled.customerId(), l -> l.path("content").size() == 1);
        OrderFlows.receive(api, filled.stock().stockItemId(), 3);
        Eventually.get(api, "/api/v1/orders/" + filled.orderId(), o -> o.path("status").asText().equals("fulfilled"));
        String projection = "/api/v1/admin/projections/backorder-fulfilment-postgres/verify";
        Api.Response verified = api.post(projection, Map.of());
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.body().path("matches").asBoolean()).as(verified.body().toString()).isTrue();
        assertThat(verified.body().path("events").asLong()).isPositive();

        String backorderId = jdbc.queryForObject("select backorder_id from backorder_fulfilment_view "
                + "where customer_id = ? and status = 'filled'", String.class, filled.customerId());
        jdbc.update("update backorder_fulfilment_view set hours = hours + 100 where backorder_id = ?", backorderId);
        try {
            JsonNode report = api.post(projection, Map.of()).body();
            assertThat(report.path("matches").asBoolean()).as("a tampered fulfilment time shows").isFalse();
            assertThat(report.path("tables").get(0).path("examples").toString()).contains(backorderId);
        } finally {
            jdbc.update("update backorder_fulfilment_view set hours = hours - 100 where backorder_id = ?", backorderId);
        }
    }

    @Test
    void heldStockMatchesItsEventsAndATamperedHoldShows() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Held", "kg", 2);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        assertThat(api.post(path + "/receipts", Map.of("quantity", 6, "batch", "H1")).status()).isEqualTo(200);
        assertThat(api.post(path + "/receipts", Map.of("quantity", 3, "batch", "H2")).status()).isEqualTo(200);
        assertThat(api.post(path + "/holds", Map.of("batch", "H1", "reason", "smell", "qualityCheckId",
                storageCheck(api, s, "H1"), "quantity", 2)).status()).isBetween(200, 201);
        assertThat(api.post(path + "/holds", Map.of("batch", "H2", "reason", "dents", "qualityCheckId",
                storageCheck(api, s, "H2"))).status()).isBetween(200, 201);
        Eventually.get(api, path, body -> body.path("quarantined").decimalValue().compareTo(
                new java.math.BigDecimal("5")) == 0 && body.path("available").decimalValue().compareTo(
                new java.math.BigDecimal("4")) == 0);
        Eventually.get(api, "/api/v1/search?q=" + s.sku() + "&kind=stockItem", body -> body.path("hits").size() > 0
                && body.path("hits").get(0).path("quarantined").asDouble() == 5);
        for (String name : new String[]{"stock-items-postgres", "stock-search-elastic"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
        }

        jdbc.update("update stock_item_view set quarantined = quarantined - 3, available = available + 3 where id = ?",
                s.stockItemId());
        try {
            JsonNode report = api.post("/api/v1/admin/projections/stock-items-postgres/verify", Map.of()).body();
            assertThat(report.path("matches").asBoolean()).as("a hold that went missing shows").isFalse();
            assertThat(report.path("tables").get(0).path("examples").toString()).contains(s.stockItemId());
        } finally {
            jdbc.update("update stock_item_view set quarantined = quarantined + 3, available = available - 3 "
                    + "where id = ?", s.stockItemId());
        }
    }

    private static String storageCheck(Api api, StockFlows.StockSetup s, String batch) {
        Api.Response check = api.post("/api/v1/quality-checks", Map.of("checkType", "storage", "productId",
                s.productId(), "warehouseId", s.warehouseId(), "batch", batch));
        assertThat(check.status()).as(check.body().toString()).isEqualTo(201);
        return check.id();
    }
}
