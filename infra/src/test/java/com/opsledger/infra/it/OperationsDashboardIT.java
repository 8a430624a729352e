package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.opsledger.infra.it.OrderFlows.number;
import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The operations dashboard of one warehouse over a seeded story of stock, purchase orders, checks and a cold room. */
class OperationsDashboardIT extends ApplicationIT {

    private static final List<String> FIELDS = List.of("stockValue", "currency", "itemsBelowReorderPoint",
            "openPurchaseOrders", "openPurchaseOrdersValue", "overdueSupplierDeliveries", "qualityPassRate",
            "onTimeDeliveryRate", "openTemperatureAlerts");

    @Test
    void canValueStockCountOrdersChecksAndAlertsOfAWarehouse() {
        Api admin = api();
        Api manager = Accounts.create(admin, "manager").api(port);
        StockFlows.StockSetup milk = StockFlows.stockItem(admin, "Milk", "pcs", 5);
        String warehouseId = milk.warehouseId();
        String cheese = StockFlows.product(admin, unique("SKU"), "Cheese", "pcs", 10);
        String cheeseItem = admin.post("/api/v1/stock-items", Map.of("productId", cheese, "warehouseId",
                warehouseId)).id();
        String salt = StockFlows.product(admin, unique("SKU"), "Salt", "pcs", 0);
        String saltItem = admin.post("/api/v1/stock-items", Map.of("productId", salt, "warehouseId", warehouseId)).id();
        costed(admin, milk.productId(), "2.00");
        String supplierId = ProcurementFlows.activeSupplier(admin, unique("SUP"));

        // milk at its cost: 10 x 2.00; cheese, with no cost, at its last purchase price: 4 x 3.50; salt has neither
        OrderFlows.receive(admin, milk.stockItemId(), 10);
        OrderFlows.receive(admin, saltItem, 5);
        String received = sent(admin, ProcurementFlows.order(admin, supplierId, warehouseId,
                List.of(line(cheese, 4, 3.5))));
        ok(admin.post(received + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 4)))));
        Eventually.get(admin, "/api/v1/stock-items/" + cheeseItem,
                item -> item.path("onHand").decimalValue().compareTo(new BigDecimal(4)) == 0);

        // two open orders (10.00 due long ago, 15.00 with no date); a draft is not open yet
        sent(admin, order(admin, supplierId, warehouseId, line(milk.productId(), 4, 2.5), "2020-01-01"));
        sent(admin, order(admin, supplierId, warehouseId, line(milk.productId(), 3, 5), null));
        order(admin, supplierId, warehouseId, line(milk.productId(), 100, 1), null);

        // two checks passed, one rejected, one still open
        decided(admin, manager, milk, "pass");
        decided(admin, manager, milk, "pass");
        decided(admin, manager, milk, "reject");
        ok(check(admin, milk));

        // a cold room out of range for 11 minutes: one open alert
        String locationId = admin.post("/api/v1/storage-locations", Map.of("warehouseId", warehouseId, "code",
                "COLD-1", "name", "Cold room", "kind", "chilled", "temperatureMinC", 2, "temperatureMaxC", 8)).id();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(java.time.Duration.ofDays(2));
        ok(admin.post("/api/v1/storage-locations/" + locationId + "/readings", List.of(
                Map.of("sensorId", "s-1", "at", t0.toString(), "temperatureC", 5),
                Map.of("sensorId", "s-1", "at", t0.plusSeconds(60).toString(), "temperatureC", 12),
                Map.of("sensorId", "s-1", "at", t0.plusSeconds(720).toString(), "temperatureC", 12.5))));

        String path = "/api/v1/dashboards/operations?warehouseId=" + warehouseId;
        JsonNode kpis = Eventually.get(manager, path, d -> d.path("openTemperatureAlerts").asLong() == 1
                && d.path("qualityPassRate").isNumber() && d.path("openPurchaseOrders").asLong() == 2
                && number(d, "stockValue") != null && number(d, "stockValue").compareTo(new BigDecimal("34")) == 0);
        for (String field : FIELDS) {
            assertThat(kpis.has(field)).as(field).isTrue();
        }
        assertThat(number(kpis, "stockValue")).isEqualByComparingTo("34.00");
        assertThat(kpis.path("currency").asText()).isEqualTo("EUR");
        assertThat(kpis.path("itemsBelowReorderPoint").asLong()).as("cheese, 4 of 10").isEqualTo(1);
        assertThat(kpis.path("openPurchaseOrders").asLong()).isEqualTo(2);
        assertThat(number(kpis, "openPurchaseOrdersValue")).isEqualByComparingTo("25.00");
        assertThat(kpis.path("overdueSupplierDeliveries").asLong()).isEqualTo(1);
        assertThat(number(kpis, "qualityPassRate")).isEqualByComparingTo("0.6667");
        assertThat(kpis.path("onTimeDeliveryRate").isNull()).as("no delivery yet").isTrue();
        assertThat(kpis.path("openTemperatureAlerts").asLong()).isEqualTo(1);

        JsonNode all = manager.get("/api/v1/dashboards/operations").body();
        assertThat(all.path("openPurchaseOrders").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(all.path("openTemperatureAlerts").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void canAnswerEveryFieldForAnEmptyWarehouseAndRefuseBadInputAndPortals() {
        Api admin = api();
        String empty = StockFlows.warehouse(admin, unique("WH"), "Empty");
        JsonNode kpis = admin.get("/api/v1/dashboards/operations?warehouseId=" + empty).body();
        for (String field : FIELDS) {
            assertThat(kpis.has(field)).as(field).isTrue();
        }
        assertThat(kpis.path("stockValue").isNull()).isTrue();
        assertThat(kpis.path("currency").isNull()).isTrue();
        assertThat(kpis.path("itemsBelowReorderPoint").asLong()).isZero();
        assertThat(kpis.path("openPurchaseOrders").asLong()).isZero();
        assertThat(kpis.path("qualityPassRate").isNull()).isTrue();
        assertThat(kpis.path("openTemperatureAlerts").asLong()).isZero();

        Api.Response bad = admin.get("/api/v1/dashboards/operations?warehouseId=not-an-id");
        assertThat(bad.status()).as(bad.body().toString()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("warehouseId");
        Api customer = Accounts.create(admin, "customer-portal", UUID.randomUUID().toString(), null).api(port);
        assertThat(customer.get("/api/v1/dashboards/operations").status()).isEqualTo(403);
        Api supplier = Accounts.create(admin, "supplier-portal", null, UUID.randomUUID().toString()).api(port);
        assertThat(supplier.get("/api/v1/dashboards/operations").status()).isEqualTo(403);
    }

    private static String order(Api api, String supplierId, String warehouseId, Map<String, Object> line,
                                String expectedDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supplierId", supplierId);
        body.put("warehouseId", warehouseId);
        body.put("currency", "EUR");
        body.put("lines", List.of(line));
        if (expectedDate != null) {
            body.put("expectedDate", expectedDate);
        }
        Api.Response created = api.post("/api/v1/purchase-orders", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    /** Submitted (approved at once, being small) and sent to the supplier. */
    private static String sent(Api api, String orderId) {
        String path = "/api/v1/purchase-orders/" + orderId;
        ok(api.post(path + "/submission", Map.of()));
        ok(api.post(path + "/sending", Map.of()));
        return path;
    }

    private static Api.Response check(Api api, StockFlows.StockSetup s) {
        return api.post("/api/v1/quality-checks", Map.of("checkType", "incoming", "productId", s.productId(),
                "warehouseId", s.warehouseId(), "batch", unique("B"), "quantity", 10));
    }

    private static void decided(Api admin, Api manager, StockFlows.StockSetup s, String decision) {
        Api.Response opened = check(admin, s);
        ok(opened);
        String path = "/api/v1/quality-checks/" + opened.id();
        ok(admin.post(path + "/results", Map.of("scores", Map.of("freshness", decision.equals("pass") ? 9 : 3))));
        ok(manager.post(path + "/decision", decision.equals("pass") ? Map.of("decision", "pass")
                : Map.of("decision", "reject", "reason", "sour", "disposition", "write-off")));
    }

    private static void costed(Api api, String productId, String cost) {
        JsonNode product = api.get("/api/v1/products/" + productId).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", product.path("name").asText());
        body.put("reorderPoint", product.path("reorderPoint").decimalValue());
        body.put("leadTimeDays", product.path("leadTimeDays").asInt());
        body.put("cost", new BigDecimal(cost));
        body.put("currency", "EUR");
        ok(api.put("/api/v1/products/" + productId, body));
    }
}
