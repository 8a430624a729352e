package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goods inspected on receipt wait in quarantine over HTTP: a received batch is on hand but not available while its
 * incoming check is open, a pass lets it fill the waiting backorder, a rejection returns it to the supplier.
 */
class QualityStoryIT extends ApplicationIT {

    @Test
    void canHoldReceivedGoodsUntilTheirCheckPassesAndReturnTheRejected() {
        Api admin = api();
        Map<String, Object> product = new LinkedHashMap<>();
        String sku = unique("QS");
        product.put("sku", sku);
        product.put("name", "Fresh basil " + sku);
        product.put("unit", "pcs");
        product.put("reorderPoint", 0);
        product.put("leadTimeDays", 2);
        product.put("perishable", true);
        product.put("shelfLifeDays", 10);
        product.put("inspection", "on-receipt");
        Api.Response created = admin.post("/api/v1/products", product);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String productId = created.id();
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Quality warehouse");
        Api.Response opened = admin.post("/api/v1/stock-items", Map.of("productId", productId,
                "warehouseId", warehouseId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String stockPath = "/api/v1/stock-items/" + opened.id();

        String customerId = OrderFlows.customer(admin, "Quality Customer", unique("q").toLowerCase()
                + "@example.com", "standard");
        String orderId = OrderFlows.order(admin, customerId, warehouseId, productId, 10);
        JsonNode order = Eventually.get(admin, "/api/v1/orders/" + orderId,
                body -> body.path("lines").get(0).hasNonNull("backorderId"));
        String backorder = "/api/v1/backorders/" + order.path("lines").get(0).path("backorderId").asText();

        String supplierId = ProcurementFlows.activeSupplier(admin, unique("QSUP"));
        String purchaseOrderId = ProcurementFlows.order(admin, supplierId, warehouseId,
                List.of(line(productId, 20, 2)));
        String path = "/api/v1/purchase-orders/" + purchaseOrderId;
        ok(admin.post(path + "/submission", Map.of()));
        ok(admin.post(path + "/sending", Map.of()));

        Api.Response first = admin.post(path + "/receipts", Map.of("lines",
                List.of(Map.of("lineId", "1", "quantity", 10))));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        JsonNode firstCheck = Eventually.get(admin, "/api/v1/quality-checks?productId=" + productId,
                body -> check(body, first.id()) != null);
        firstCheck = check(firstCheck, first.id());
        assertThat(firstCheck.path("checkType").asText()).isEqualTo("incoming");
        assertThat(firstCheck.path("status").asText()).isEqualTo("open");
        assertThat(firstCheck.path("batch").asText()).as("the receipt is the batch").isEqualTo(first.id());
        JsonNode stock = Eventually.get(admin, stockPath, body -> body.path("onHand").decimalValue()
                .compareTo(BigDecimal.TEN) == 0);
        assertThat(stock.path("batches").get(0).path("expiryDate").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());

        Api.Response reserve = admin.post(stockPath + "/reservations", Map.of("quantity", 1,
                "reference", "quarantine probe"));
        assertThat(reserve.status()).as("quarantined stock is not available: " + reserve.body()).isEqualTo(422);
        assertThat(admin.get(backorder).body().path("remaining").decimalValue()).isEqualByComparingTo("10");

        Api manager = Accounts.create(admin, "manager").api(port);
        String firstPath = "/api/v1/quality-checks/" + firstCheck.path("id").asText();
        ok(manager.post(firstPath + "/decision", Map.of("decision", "pass")));
        JsonNode filled = Eventually.get(admin, backorder, body -> body.path("status").asText().equals("fulfilled"));
        assertThat(filled.path("allocated").decimalValue()).isEqualByComparingTo("10");

        Api.Response second = admin.post(path + "/receipts", Map.of("lines",
                List.of(Map.of("lineId", "1", "quantity", 10, "batch", "B-2"))));
        assertThat(second.status()).as(second.body().toString()).isEqualTo(201);
        JsonNode secondCheck = check(Eventually.get(admin, "/api/v1/quality-checks?productId=" + productId,
                body -> check(body, second.id()) != null), second.id());
        Eventually.get(admin, stockPath, body -> body.path("onHand").decimalValue().compareTo(new BigDecimal("20")) == 0);
        ok(manager.post("/api/v1/quality-checks/" + secondCheck.path("id").asText() + "/decision", Map.of(
                "decision", "reject", "reason", "wilted leaves", "disposition", "return-to-supplier")));
        JsonNode returned = Eventually.get(admin, stockPath, body -> body.path("onHand").decimalValue()
                .compareTo(BigDecimal.TEN) == 0);
        assertThat(returned.path("batches").findValuesAsText("batch")).doesNotContain("B-2");

        JsonNode performance = Eventually.get(manager, "/api/v1/suppliers/" + supplierId + "/performance",
                body -> body.path("qualityChecksDecided").asLong() == 2);
        assertThat(performance.path("qualityPassRate").decimalValue()).isEqualByComparingTo("0.5");

        // the returned goods are recorded on the order line, and the invoice is expected to credit them
        JsonNode purchaseOrder = Eventually.get(admin, path, body -> body.path("lines").get(0).path("returned")
                .decimalValue().compareTo(BigDecimal.TEN) == 0);
        assertThat(purchaseOrder.path("lines").get(0).path("received").decimalValue()).isEqualByComparingTo("20");
        assertThat(purchaseOrder.path("history").findValuesAsText("event")).contains("goods-returned");
        Api.Response charged = admin.post("/api/v1/invoices", invoice(purchaseOrderId, 20));
        assertThat(charged.status()).as(charged.body().toString()).isEqualTo(201);
        JsonNode mismatched = admin.get("/api/v1/invoices/" + charged.id()).body();
        assertThat(mismatched.path("status").asText()).as("the returned goods are invoiced").isEqualTo("MISMATCHED");
        assertThat(mismatched.path("lines").get(0).path("issues").toString()).contains("invoiced-returned-goods")
                .doesNotContain("invoiced-above-received");
        ok(admin.post("/api/v1/invoices/" + charged.id() + "/rejection", Map.of("reason", "no credit for B-2")));
        Api.Response credited = admin.post("/api/v1/invoices", invoice(purchaseOrderId, 10));
        assertThat(credited.status()).as(credited.body().toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/invoices/" + credited.id()).body().path("status").asText())
                .as("received less returned").isEqualTo("MATCHED");
    }

    @Test
    void canDateADirectReceiptOfAPerishableProductByItsShelfLife() {
        Api admin = api();
        Map<String, Object> product = new LinkedHashMap<>();
        String sku = unique("SL");
        product.put("sku", sku);
        product.put("name", "Yoghurt " + sku);
        product.put("unit", "pcs");
        product.put("reorderPoint", 0);
        product.put("leadTimeDays", 2);
        product.put("perishable", true);
        product.put("shelfLifeDays", 5);
        Api.Response created = admin.post("/api/v1/products", product);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String warehouseId = StockFlows.warehouse(admin, unique("WH"), "Dairy warehouse");
        Api.Response opened = admin.post("/api/v1/stock-items", Map.of("productId", created.id(),
                "warehouseId", warehouseId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String stockPath = "/api/v1/stock-items/" + opened.id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        ok(admin.post(stockPath + "/receipts", Map.of("quantity", 3)));
        ok(admin.post(stockPath + "/receipts", Map.of("quantity", 2, "batch", "B-1")));
        ok(admin.post(stockPath + "/receipts", Map.of("quantity", 1, "batch", "B-2",
                "expiryDate", today.plusDays(2).toString())));
        JsonNode stock = admin.get(stockPath).body();
        assertThat(stock.path("onHand").decimalValue()).isEqualByComparingTo("6");
        Map<String, String> expiries = new LinkedHashMap<>();
        stock.path("batches").forEach(b -> expiries.put(b.path("batch").asText(), b.path("expiryDate").asText()));
        assertThat(expiries).containsOnly(
                Map.entry("R-" + today, today.plusDays(5).toString()),
                Map.entry("B-1", today.plusDays(5).toString()),
                Map.entry("B-2", today.plusDays(2).toString()));

        StockFlows.StockSetup keeps = StockFlows.stockItem(admin, "Salt", "pcs", 0);
        ok(admin.post("/api/v1/stock-items/" + keeps.stockItemId() + "/receipts", Map.of("quantity", 3,
                "batch", "S-1")));
        JsonNode salt = admin.get("/api/v1/stock-items/" + keeps.stockItemId()).body().path("batches").get(0);
        assertThat(salt.path("batch").asText()).isEqualTo("S-1");
        assertThat(salt.hasNonNull("expiryDate")).as("what does not perish gets no date").isFalse();
    }

    private static Map<String, Object> invoice(String purchaseOrderId, int quantity) {
        return Map.of("purchaseOrderId", purchaseOrderId, "number", unique("INV"),
                "invoiceDate", LocalDate.now(ZoneOffset.UTC).toString(),
                "lines", List.of(Map.of("lineId", "1", "quantity", quantity, "unitPrice", 2)));
    }

    private static JsonNode check(JsonNode list, String receiptId) {
        for (JsonNode check : list.path("content")) {
            if (receiptId.equals(check.path("receiptId").asText())) {
                return check;
            }
        }
        return null;
    }
}
