package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access over HTTP: a customer-portal user sees and acts on their own customer's records only; another
 * party's record is 404 (as if it did not exist) and lists hold only their own.
 */
class CrossTenantIT extends ApplicationIT {

    record Tenant(String customerId, String orderId, String backorderId, Api portal) {
    }

    private Tenant tenant(String name, StockFlows.StockSetup stock) {
        String customerId = OrderFlows.customer(api(), name, unique(name).toLowerCase() + "@example.com", "standard");
        String orderId = OrderFlows.order(api(), customerId, stock.warehouseId(), stock.productId(), 3);
        JsonNode order = Eventually.get(api(), "/api/v1/orders/" + orderId,
                body -> !body.path("lines").get(0).path("backorderId").isMissingNode()
                        && !body.path("lines").get(0).path("backorderId").isNull());
        String backorderId = order.path("lines").get(0).path("backorderId").asText();
        Accounts.Account user = Accounts.create(api(), "customer-portal", customerId, null);
        return new Tenant(customerId, orderId, backorderId, user.api(port));
    }

    @Test
    void canKeepEachCustomerToTheirOwnOrdersBackordersAndCustomerRecord() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Tenancy", "pcs", 0);
        Tenant a = tenant("Alpha", stock);
        Tenant b = tenant("Bravo", stock);

        assertThat(a.portal().get("/api/v1/orders/" + a.orderId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/orders/" + b.orderId()).status()).isEqualTo(404);
        assertThat(b.portal().get("/api/v1/orders/" + a.orderId()).status()).isEqualTo(404);
        assertThat(a.portal().get("/api/v1/backorders/" + a.backorderId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/backorders/" + b.backorderId()).status()).isEqualTo(404);
        assertThat(a.portal().get("/api/v1/customers/" + a.customerId()).status()).isEqualTo(200);
        assertThat(a.portal().get("/api/v1/customers/" + b.customerId()).status()).isEqualTo(404);

        assertThat(ids(a.portal().get("/api/v1/orders?size=200").body())).containsExactly(a.orderId());
        assertThat(ids(a.portal().get("/api/v1/orders?size=200&customerId=" + b.customerId()).body()))
                .doesNotContain(b.orderId());
        assertThat(ids(a.portal().get("/api/v1/backorders?size=200").body())).containsExactly(a.backorderId());
        assertThat(ids(a.portal().get("/api/v1/customers?size=200").body())).containsExactly(a.customerId());
        assertThat(ids(api().get("/api/v1/orders?size=200&customerId=" + b.customerId()).body()))
                .as("staff see every customer").contains(b.orderId());

        assertThat(a.portal().post("/api/v1/orders/" + b.orderId() + "/cancellation", Map.of()).status())
                .as("cannot cancel another customer's order").isEqualTo(404);
        Api.Response foreign = a.portal().post("/api/v1/orders", Map.of("customerId", b.customerId(),
                "warehouseId", stock.warehouseId(), "lines", List.of(Map.of("productId", stock.productId(),
                        "quantity", 1))));
        assertThat(foreign.status()).as("cannot order on another customer's account").isIn(403, 404);
        assertThat(api().get("/api/v1/orders/" + b.orderId()).body().path("status").asText())
                .isNotEqualTo("cancelled");
        assertThat(a.portal().post("/api/v1/orders/" + a.orderId() + "/cancellation", Map.of()).status())
                .as("but can cancel their own").isEqualTo(200);
    }

    @Test
    void canKeepEachSupplierToTheirOwnPurchaseOrders() {
        StockFlows.StockSetup stock = StockFlows.stockItem(api(), "Sourcing", "pcs", 0);
        String supplierA = ProcurementFlows.activeSupplier(api(), unique("SA"));
        String supplierB = ProcurementFlows.activeSupplier(api(), unique("SB"));
        String orderA = sentOrder(supplierA, stock);
        String orderB = sentOrder(supplierB, stock);
        Api portalA = Accounts.create(api(), "supplier-portal", null, supplierA).api(port);

        assertThat(portalA.get("/api/v1/purchase-orders/" + orderA).status()).isEqualTo(200);
        assertThat(portalA.get("/api/v1/purchase-orders/" + orderB).status()).isEqualTo(404);
        assertThat(ids(portalA.get("/api/v1/purchase-orders?size=200").body())).containsExactly(orderA);
        assertThat(ids(portalA.get("/api/v1/purchase-orders?size=200&supplierId=" + supplierB).body()))
                .doesNotContain(orderB);
        assertThat(portalA.get("/api/v1/suppliers/" + supplierB).status()).isEqualTo(404);

        List<Map<String, Object>> confirmation = List.of(Map.of("lineId", "1", "quantity", 4,
                "expectedDate", "2030-02-01"));
        assertThat(portalA.post("/api/v1/purchase-orders/" + orderB + "/confirmation",
                Map.of("lines", confirmation)).status()).as("cannot confirm another supplier's order").isEqualTo(404);
        assertThat(api().get("/api/v1/purchase-orders/" + orderB).body().path("status").asText())
                .isNotEqualToIgnoringCase("confirmed");
        Api.Response own = portalA.post("/api/v1/purchase-orders/" + orderA + "/confirmation",
                Map.of("lines", confirmation));
        assertThat(own.status()).as(own.body().toString()).isEqualTo(200);
        assertThat(portalA.post("/api/v1/purchase-orders/" + orderA + "/approval", Map.of()).status())
                .as("a supplier does not approve").isEqualTo(403);
    }

    private String sentOrder(String supplierId, StockFlows.StockSetup stock) {
        String id = ProcurementFlows.order(api(), supplierId, stock.warehouseId(),
                List.of(ProcurementFlows.line(stock.productId(), 4, 2.5)));
        ProcurementFlows.ok(api().post("/api/v1/purchase-orders/" + id + "/submission", Map.of()));
        ProcurementFlows.ok(api().post("/api/v1/purchase-orders/" + id + "/sending", Map.of()));
        return id;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("content").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
