package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval rules of purchase orders over HTTP: thresholds of the order's own currency, four eyes, and a
 * supplier's confirmation above the approved quantities sent back for approval.
 */
class PurchaseOrderApprovalIT extends ApplicationIT {

    @Autowired
    PurchaseOrderFacts purchaseOrders;

    @Test
    void cannotApproveAPurchaseOrderOneDraftedOneself() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Four eyes", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        String path = "/api/v1/purchase-orders/" + ProcurementFlows.order(api, supplierId, s.warehouseId(),
                List.of(line(s.productId(), 100, 12.5)));
        ok(api.post(path + "/submission", Map.of()));

        Api.Response own = api.post(path + "/approval", Map.of());
        assertThat(own.status()).as(own.body().toString()).isEqualTo(403);
        assertThat(own.header("Content-Type")).startsWith("application/problem+json");
        assertThat(own.body().path("rule").asText()).isEqualTo("four-eyes");
        assertThat(own.body().path("detail").asText()).contains("drafted");
        assertThat(api.get(path).body().path("status").asText()).isEqualTo("SUBMITTED");

        Accounts.Account manager = ProcurementFlows.approveAsAnotherPerson(api, port, path);
        JsonNode approved = api.get(path).body();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("approvedBy").asText()).isEqualTo(manager.username());
    }

    @Test
    void cannotOrderInACurrencyWithoutApprovalThresholds() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Yen priced", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));

        Api.Response yen = create(api, supplierId, s.warehouseId(), "JPY", line(s.productId(), 1, 999));
        assertThat(yen.status()).as(yen.body().toString()).isEqualTo(422);
        assertThat(yen.header("Content-Type")).startsWith("application/problem+json");
        assertThat(yen.body().path("rule").asText()).isEqualTo("approval-thresholds");
        assertThat(yen.body().path("errors").get(0).path("field").asText()).isEqualTo("currency");
        assertThat(yen.body().path("detail").asText()).contains("JPY");

        Api.Response rupees = create(api, supplierId, s.warehouseId(), "INR", line(s.productId(), 1, 999));
        assertThat(rupees.status()).as("INR has default thresholds").isEqualTo(201);
        Api.Response pounds = create(api, supplierId, s.warehouseId(), "gbp", line(s.productId(), 2, 999));
        assertThat(pounds.status()).isEqualTo(201);
        ok(api.post("/api/v1/purchase-orders/" + pounds.id() + "/submission", Map.of()));
        assertThat(api.get("/api/v1/purchase-orders/" + pounds.id()).body().path("status").asText())
                .as("1,998 GBP is above the first GBP threshold").isEqualTo("SUBMITTED");
    }

    @Test
    void canSendAConfirmationAboveTheApprovedQuantitiesBackForApprovalBeforeAnythingArrives() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Raised", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        String id = ProcurementFlows.order(api, supplierId, s.warehouseId(), List.of(line(s.productId(), 100, 12.5)));
        String path = "/api/v1/purchase-orders/" + id;
        ok(api.post(path + "/submission", Map.of()));
        Accounts.Account manager = ProcurementFlows.approveAsAnotherPerson(api, port, path);
        ok(api.post(path + "/sending", Map.of()));

        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 100, "expectedDate", "2030-05-04")))));
        assertThat(api.get(path).body().path("status").asText()).as("as ordered").isEqualTo("CONFIRMED");

        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 900, "expectedDate", "2030-05-04")))));
        JsonNode raised = api.get(path).body();
        assertThat(raised.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(raised.path("total").decimalValue()).isEqualByComparingTo("11250");
        assertThat(raised.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("900");
        JsonNode step = raised.path("history").get(raised.path("history").size() - 1);
        assertThat(step.path("event").asText()).isEqualTo("reapproval-required");
        assertThat(step.path("note").asText()).contains("line 1 confirmed at 900 kg, above the 100 kg approved",
                "ADMIN");
        assertThat(purchaseOrders.of(id).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.SUBMITTED);
        assertThat(api.get("/api/v1/purchase-orders?supplierId=" + supplierId + "&status=SUBMITTED").body()
                .path("totalElements").asLong()).isEqualTo(1);

        Api.Response early = api.post(path + "/receipts", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 10))));
        assertThat(early.status()).as(early.body().toString()).isEqualTo(422);
        assertThat(early.body().path("rule").asText()).isEqualTo("purchase-order-status");
        Api.Response byManager = manager.api(port).post(path + "/approval", Map.of());
        assertThat(byManager.status()).as("11,250 EUR needs an admin").isEqualTo(422);
        assertThat(byManager.body().path("rule").asText()).isEqualTo("approval-level");
        assertThat(api.post(path + "/approval", Map.of()).status()).as("four eyes again").isEqualTo(403);
        ok(api.post(path + "/cancellation", Map.of("reason", "the supplier raised it too far")));
        assertThat(api.get(path).body().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void canApproveARaisedConfirmationAndReceiveWhereTheOrderWas() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Raised a little", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        String id = ProcurementFlows.order(api, supplierId, s.warehouseId(), List.of(line(s.productId(), 100, 12.5)));
        String path = "/api/v1/purchase-orders/" + id;
        ok(api.post(path + "/submission", Map.of()));
        ProcurementFlows.approveAsAnotherPerson(api, port, path);
        ok(api.post(path + "/sending", Map.of()));
        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 100, "expectedDate", "2030-05-04")))));
        ok(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 40)))));

        ok(api.post(path + "/confirmation", Map.of("lines", List.of(
                Map.of("lineId", "1", "quantity", 120, "expectedDate", "2030-05-09")))));
        assertThat(api.get(path).body().path("status").asText()).isEqualTo("SUBMITTED");
        Accounts.Account manager = ProcurementFlows.approveAsAnotherPerson(api, port, path);

        JsonNode reapproved = api.get(path).body();
        assertThat(reapproved.path("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(reapproved.path("approvedBy").asText()).isEqualTo(manager.username());
        assertThat(reapproved.path("history").findValuesAsText("event")).containsExactly("created", "submitted",
                "approved", "sent", "confirmed", "goods-received", "expected-dates-changed", "reapproval-required",
                "reapproved");
        assertThat(purchaseOrders.of(id).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);

        ok(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 80)))));
        JsonNode received = api.get(path).body();
        assertThat(received.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.path("lines").get(0).path("received").decimalValue()).isEqualByComparingTo("120");
    }

    private static Api.Response create(Api api, String supplierId, String warehouseId, String currency,
                                       Map<String, Object> line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supplierId", supplierId);
        body.put("warehouseId", warehouseId);
        body.put("currency", currency);
        body.put("lines", List.of(line));
        return api.post("/api/v1/purchase-orders", body);
    }
}
