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
        String vehicleId = FleetFlows.vehicle(api, 500);
        api.post("/api/v1/vehicles/" + vehicleId + "/status", Map.of("status", "maintenance"));
        String driverId = FleetFlows.driver(api, ApplicationIT.unique("Verified"), java.time.LocalDate.of(2030, 1, 1));
        String routeId = api.post("/api/v1/routes", Map.of("warehouseId", s.warehouseId(), "date", "2029-06-01",
                "vehicleId", FleetFlows.vehicle(api, 800), "driverId", driverId, "deliveryIds", java.util.List.of())).id();
        api.post("/api/v1/routes/" + routeId + "/start", Map.of());
        OrderFlows.PlacedOrder delivered = OrderFlows.newCustomerOrders(api, "Verified delivery", 4, "Vera Verified",
                "silver", 2);
        String deliveryId = Eventually.get(api, "/api/v1/deliveries?orderId=" + delivered.orderId(),
                l -> l.path("content").size() == 1).path("content").get(0).path("id").asText();
        assertThat(api.post("/api/v1/deliveries/" + deliveryId + "/dispatch", Map.of()).status()).isEqualTo(200);
        Eventually.get(api, "/api/v1/orders/" + delivered.orderId(),
                o -> o.path("status").asText().equals("out-for-delivery"));
        for (String name : new String[]{"products-postgres", "warehouses-postgres", "stock-items-postgres",
                "stock-movements-postgres", "reservations-postgres", "audit-trail-postgres", "stock-search-elastic",
                "deliveries-postgres", "orders-postgres", "vehicles-postgres", "drivers-postgres", "routes-postgres"}) {
            Api.Response verified = api.post("/api/v1/admin/projections/" + name + "/verify", Map.of());
            assertThat(verified.status()).as(name + " " + verified.body()).isEqualTo(200);
            assertThat(verified.body().path("matches").asBoolean()).as(name + " " + verified.body()).isTrue();
            assertThat(verified.body().path("events").asLong()).isPositive();
        }
        assertThat(api.post("/api/v1/admin/projections/no-such/verify", Map.of()).status()).isEqualTo(404);
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
