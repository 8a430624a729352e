package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

class ReplenishmentIT extends ApplicationIT {

    @Test
    void canGatherProposalsInOneDraftPerPreferredSupplierAndProposeWhenStockFallsBelowTheReorderPoint() {
        Api api = api();
        StockFlows.StockSetup first = StockFlows.stockItem(api, "Rye", "kg", 10);
        String otherProduct = StockFlows.product(api, ApplicationIT.unique("SKU"), "Spelt", "kg", 10);
        Api.Response otherStock = api.post("/api/v1/stock-items", Map.of("productId", otherProduct,
                "warehouseId", first.warehouseId()));
        assertThat(otherStock.status()).isEqualTo(201);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        for (String productId : new String[]{first.productId(), otherProduct}) {
            ok(api.put("/api/v1/suppliers/" + supplierId + "/products/" + productId,
                    Map.of("price", 2.5, "currency", "EUR", "leadTimeDays", 3)));
            ok(api.put("/api/v1/products/" + productId + "/preferred-supplier", Map.of("supplierId", supplierId)));
        }

        Api.Response proposed = propose(api, first.productId(), first.warehouseId(), 30);
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        assertThat(proposed.header("X-Read-Models")).isEqualTo("current");
        String path = "/api/v1/purchase-orders/" + proposed.id();
        JsonNode draft = api.get(path).body();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("supplierId").asText()).isEqualTo(supplierId);
        assertThat(draft.path("origin").asText()).isEqualTo("replenishment: backorder BO-1");
        assertThat(draft.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("30");
        assertThat(draft.path("lines").get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("2.5");

        assertThat(propose(api, first.productId(), first.warehouseId(), 20).id()).isEqualTo(proposed.id());
        assertThat(api.get(path).body().path("lines").get(0).path("quantity").decimalValue())
                .as("a smaller proposal is covered already").isEqualByComparingTo("30");
        assertThat(propose(api, first.productId(), first.warehouseId(), 50).id()).isEqualTo(proposed.id());
        assertThat(api.get(path).body().path("lines").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("50");

        String otherPath = "/api/v1/stock-items/" + otherStock.id();
        ok(api.post(otherPath + "/receipts", Map.of("quantity", 12)));
        ok(api.post(otherPath + "/write-offs", Map.of("quantity", 5, "reason", "mould")));
        JsonNode gathered = Eventually.get(api, path, body -> body.path("lines").size() == 2);
        assertThat(gathered.path("lines").get(1).path("productId").asText()).isEqualTo(otherProduct);
        assertThat(gathered.path("lines").get(1).path("quantity").decimalValue())
                .as("back to twice the reorder point").isEqualByComparingTo("13");

        ok(api.post(path + "/submission", Map.of()));
        Api.Response next = propose(api, first.productId(), first.warehouseId(), 5);
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.id()).as("a submitted draft no longer gathers lines").isNotEqualTo(proposed.id());
    }

    @Test
    void canRaiseTheDraftLineToAllOpenBackordersLessWhatIsOnOrder() {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Barley", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(api, ApplicationIT.unique("SUP"));
        ok(api.put("/api/v1/suppliers/" + supplierId + "/products/" + stock.productId(),
                Map.of("price", 4, "currency", "EUR", "leadTimeDays", 3)));
        ok(api.put("/api/v1/products/" + stock.productId() + "/preferred-supplier", Map.of("supplierId", supplierId)));
        String sent = ProcurementFlows.order(api, supplierId, stock.warehouseId(),
                java.util.List.of(ProcurementFlows.line(stock.productId(), 3, 4)));
        ok(api.post("/api/v1/purchase-orders/" + sent + "/submission", Map.of()));
        String customerId = OrderFlows.customer(api, "Need Kunde", ApplicationIT.unique("need").toLowerCase()
                + "@example.com", "standard");

        OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 5);
        JsonNode draft = Eventually.get(api, "/api/v1/purchase-orders?status=DRAFT&supplierId=" + supplierId,
                page -> page.path("content").size() == 1 && page.path("content").get(0).path("lines").get(0)
                        .path("quantity").decimalValue().compareTo(new java.math.BigDecimal("2")) == 0);
        String path = "/api/v1/purchase-orders/" + draft.path("content").get(0).path("id").asText();
        OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 7);
        JsonNode raised = Eventually.get(api, path, body -> body.path("lines").get(0).path("quantity").decimalValue()
                .compareTo(new java.math.BigDecimal("9")) == 0);
        assertThat(raised.path("lines")).as("one line for the product").hasSize(1);
        assertThat(api.get("/api/v1/purchase-orders/" + sent).body().path("status").asText()).isNotEqualTo("DRAFT");
    }

    @Test
    void cannotProposeForAProductWithoutPreferredSupplier() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Barley", "kg", 0);
        Api.Response refused = propose(api, s.productId(), s.warehouseId(), 5);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("rule").asText()).isEqualTo("no-preferred-supplier");
    }

    private static Api.Response propose(Api api, String productId, String warehouseId, int quantity) {
        return api.post("/api/v1/replenishment-proposals", Map.of("productId", productId, "warehouseId", warehouseId,
                "quantity", quantity, "reason", "backorder BO-1"));
    }
}
