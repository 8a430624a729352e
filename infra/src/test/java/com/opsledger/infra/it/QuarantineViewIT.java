package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarantined stock over HTTP, everywhere stock is shown: goods received for inspection are on hand and quarantined
 * but not available on the stock item (in total and on their batch), in the stock item list, in the product's stock
 * per warehouse and in its totals, and in search; no reservation takes them; their past shows the hold; a pass makes
 * them available everywhere.
 */
class QuarantineViewIT extends ApplicationIT {

    @Test
    void canSeeReceivedGoodsQuarantinedUntilTheirCheckPassesAndThenAvailable() {
        Api admin = api();
        String sku = unique("QV");
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", sku);
        product.put("name", "Inspected saffron " + sku);
        product.put("unit", "pcs");
        product.put("reorderPoint", 8);
        product.put("leadTimeDays", 3);
        product.put("inspection", "on-receipt");
        Api.Response created = admin.post("/api/v1/products", product);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String productId = created.id();
        String inspected = StockFlows.warehouse(admin, unique("WHA"), "Inspecting warehouse");
        String other = StockFlows.warehouse(admin, unique("WHB"), "Other warehouse");
        String itemPath = "/api/v1/stock-items/" + open(admin, productId, inspected);
        String otherPath = "/api/v1/stock-items/" + open(admin, productId, other);
        // stock received directly at the stock item is not inspected: it is available at once
        ok(admin.post(otherPath + "/receipts", Map.of("quantity", 5)));

        String supplierId = ProcurementFlows.activeSupplier(admin, unique("QVSUP"));
        String purchaseOrderId = ProcurementFlows.order(admin, supplierId, inspected,
                List.of(line(productId, 10, 3)));
        String orderPath = "/api/v1/purchase-orders/" + purchaseOrderId;
        ok(admin.post(orderPath + "/submission", Map.of()));
        ok(admin.post(orderPath + "/sending", Map.of()));
        Api.Response receipt = admin.post(orderPath + "/receipts", Map.of("lines",
                List.of(Map.of("lineId", "1", "quantity", 10, "batch", "SAF-1"))));
        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);

        JsonNode held = Eventually.get(admin, itemPath, body -> is(body, "quarantined", "10"));
        assertThat(amount(held, "onHand")).isEqualByComparingTo("10");
        assertThat(amount(held, "quarantined")).isEqualByComparingTo("10");
        assertThat(amount(held, "reserved")).isEqualByComparingTo("0");
        assertThat(amount(held, "available")).as("held stock is not available").isEqualByComparingTo("0");
        assertThat(held.path("belowReorderPoint").asBoolean()).as("held stock does not count towards the reorder "
                + "point").isTrue();
        JsonNode batch = held.path("batches").get(0);
        assertThat(batch.path("batch").asText()).isEqualTo("SAF-1");
        assertThat(amount(batch, "quantity")).isEqualByComparingTo("10");
        assertThat(amount(batch, "quarantined")).isEqualByComparingTo("10");
        Instant whileHeld = Instant.now();

        JsonNode listed = admin.get("/api/v1/stock-items?productId=" + productId).body();
        JsonNode listedHeld = byId(listed.path("content"), "id", held.path("id").asText());
        assertThat(amount(listedHeld, "quarantined")).isEqualByComparingTo("10");
        assertThat(amount(listedHeld, "available")).isEqualByComparingTo("0");

        JsonNode stock = admin.get("/api/v1/products/" + productId + "/stock").body();
        JsonNode atInspected = byId(stock.path("warehouses"), "warehouseId", inspected);
        JsonNode atOther = byId(stock.path("warehouses"), "warehouseId", other);
        assertThat(amount(atInspected, "onHand")).isEqualByComparingTo("10");
        assertThat(amount(atInspected, "quarantined")).isEqualByComparingTo("10");
        assertThat(amount(atInspected, "available")).isEqualByComparingTo("0");
        assertThat(amount(atOther, "quarantined")).isEqualByComparingTo("0");
        assertThat(amount(atOther, "available")).isEqualByComparingTo("5");
        assertThat(amount(stock.path("totals"), "onHand")).isEqualByComparingTo("15");
        assertThat(amount(stock.path("totals"), "quarantined")).isEqualByComparingTo("10");
        assertThat(amount(stock.path("totals"), "available")).isEqualByComparingTo("5");

        Eventually.get(admin, "/api/v1/search?q=" + sku.toLowerCase() + "&kind=stockItem", body -> {
            for (JsonNode hit : body.path("hits")) {
                if (hit.path("id").asText().equals(held.path("id").asText())) {
                    return is(hit, "quarantined", "10") && is(hit, "available", "0") && is(hit, "onHand", "10");
                }
            }
            return false;
        });

        Api.Response reserve = admin.post(itemPath + "/reservations", Map.of("quantity", 1, "reference", "probe"));
        assertThat(reserve.status()).as("no reservation takes held stock: " + reserve.body()).isEqualTo(422);
        assertThat(reserve.body().path("rule").asText()).isEqualTo("insufficient-stock");

        JsonNode check = Eventually.get(admin, "/api/v1/quality-checks?productId=" + productId,
                body -> body.path("content").size() == 1).path("content").get(0);
        Api manager = Accounts.create(admin, "manager").api(port);
        ok(manager.post("/api/v1/quality-checks/" + check.path("id").asText() + "/decision",
                Map.of("decision", "pass")));

        JsonNode released = Eventually.get(admin, itemPath, body -> is(body, "quarantined", "0"));
        assertThat(amount(released, "onHand")).isEqualByComparingTo("10");
        assertThat(amount(released, "available")).isEqualByComparingTo("10");
        assertThat(released.path("belowReorderPoint").asBoolean()).isFalse();
        assertThat(amount(released.path("batches").get(0), "quarantined")).isEqualByComparingTo("0");
        JsonNode totals = admin.get("/api/v1/products/" + productId + "/stock").body().path("totals");
        assertThat(amount(totals, "quarantined")).isEqualByComparingTo("0");
        assertThat(amount(totals, "available")).isEqualByComparingTo("15");
        Api.Response reserved = admin.post(itemPath + "/reservations", Map.of("quantity", 10, "reference", "after"));
        assertThat(reserved.status()).as(reserved.body().toString()).isEqualTo(201);

        JsonNode then = admin.get(itemPath + "?asOf=" + whileHeld).body().path("state");
        assertThat(amount(then, "quarantined")).as("its past shows the hold").isEqualByComparingTo("10");
        assertThat(amount(then, "available")).isEqualByComparingTo("0");
        assertThat(amount(then.path("batches").get(0), "quarantined")).isEqualByComparingTo("10");
        JsonNode now = admin.get(itemPath + "?asOf=" + Instant.now()).body().path("state");
        assertThat(amount(now, "quarantined")).isEqualByComparingTo("0");
        assertThat(amount(now, "available")).isEqualByComparingTo("0");
        assertThat(amount(now, "reserved")).isEqualByComparingTo("10");
    }

    private static String open(Api api, String productId, String warehouseId) {
        Api.Response opened = api.post("/api/v1/stock-items", Map.of("productId", productId,
                "warehouseId", warehouseId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    private static BigDecimal amount(JsonNode node, String field) {
        assertThat(node.path(field).isNumber()).as(field + " in " + node).isTrue();
        return node.path(field).decimalValue();
    }

    private static boolean is(JsonNode node, String field, String amount) {
        return node.path(field).isNumber() && node.path(field).decimalValue().compareTo(new BigDecimal(amount)) == 0;
    }

    private static JsonNode byId(JsonNode list, String field, String id) {
        for (JsonNode element : list) {
            if (id.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + id + " in " + list);
    }
}
