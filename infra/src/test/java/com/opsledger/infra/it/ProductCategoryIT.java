package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.opsledger.infra.it.ProcurementFlows.line;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** Products in categories, the product list narrowed to one, and spending per category from the order lines. */
class ProductCategoryIT extends ApplicationIT {

    @Test
    void canReadProductsStoredBeforeCategoriesAsUncategorised() {
        Api api = api();
        String id = UUID.randomUUID().toString();
        String sku = unique("OLD");
        store(id, 0, "ProductCreatedEvent", "{\"productId\":\"" + id + "\",\"sku\":\"" + sku + "\",\"name\":"
                + "\"Old flour\",\"unit\":\"kg\",\"reorderPoint\":{\"amount\":5,\"unit\":\"kg\"},"
                + "\"leadTimeDays\":3,\"description\":null}");
        store(id, 1, "ProductUpdatedEvent", "{\"productId\":\"" + id + "\",\"name\":\"Old flour T550\","
                + "\"reorderPoint\":{\"amount\":6,\"unit\":\"kg\"},\"leadTimeDays\":4,\"description\":\"sacks\"}");
        String path = "/api/v1/products/" + id;
        JsonNode old = Eventually.get(api, path, body -> body.path("version").asLong() == 1);
        assertThat(old.path("name").asText()).isEqualTo("Old flour T550");
        assertThat(old.path("category").isNull()).isTrue();
        assertThat(old.path("perishable").asBoolean(true)).isFalse();
        assertThat(old.path("inspection").asText()).isEqualTo("none");
        assertThat(old.path("price").isNull()).isTrue();

        // the aggregate loads both old events, and the change is stored in the new shape
        ok(api.put(path, update("Old flour T550", "Flour")));
        assertThat(api.get(path).body().path("category").asText()).isEqualTo("Flour");
        JsonNode history = api.get("/api/v1/audit/products/" + id + "/events").body();
        assertThat(history.findValuesAsText("revision")).containsExactly("1", "1", "3");
        assertThat(history.get(2).path("payload").path("category").asText()).isEqualTo("Flour");
    }

    @Test
    void canCategoriseProductsAndListOneCategory() {
        Api api = api();
        String category = unique("Flour");
        String flour = product(api, "  " + category + "  ");
        String other = product(api, unique("Other"));
        String plain = product(api, null);

        JsonNode view = api.get("/api/v1/products/" + flour).body();
        assertThat(view.path("category").asText()).as("stripped").isEqualTo(category);
        assertThat(api.get("/api/v1/products/" + plain).body().path("category").isNull()).isTrue();

        JsonNode listed = api.get("/api/v1/products?category=" + category.toLowerCase(Locale.ROOT)).body();
        assertThat(listed.path("totalElements").asLong()).isEqualTo(1);
        assertThat(listed.path("content").get(0).path("id").asText()).isEqualTo(flour);
        assertThat(api.get("/api/v1/products?category=" + category + "&q=nothing-like-it").body()
                .path("totalElements").asLong()).isZero();
        assertThat(api.get("/api/v1/products?category=" + category + "&q=" + view.path("sku").asText()).body()
                .path("totalElements").asLong()).isEqualTo(1);

        ok(api.put("/api/v1/products/" + other, update("Other product", category)));
        assertThat(api.get("/api/v1/products?category=" + category).body().path("content").findValuesAsText("id"))
                .containsExactlyInAnyOrder(flour, other);
        ok(api.put("/api/v1/products/" + flour, update("Flour without category", " ")));
        JsonNode cleared = api.get("/api/v1/products/" + flour).body();
        assertThat(cleared.path("category").isNull()).isTrue();
        assertThat(api.get("/api/v1/products?category=" + category).body().path("content").findValuesAsText("id"))
                .containsExactly(other);
    }

    @Test
    void cannotGiveAProductACategoryLongerThan100Characters() {
        Api api = api();
        Api.Response created = api.post("/api/v1/products", productBody("c".repeat(101)));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.body().path("errors").get(0).path("field").asText()).isEqualTo("category");
        String id = product(api, "c".repeat(100));
        Api.Response updated = api.put("/api/v1/products/" + id, update("Long", "x".repeat(101)));
        assertThat(updated.status()).isEqualTo(400);
        assertThat(updated.body().path("errors").get(0).path("field").asText()).isEqualTo("category");
    }

    @Test
    void canReportSpendingPerCategoryOfTheOrderLines() {
        Api api = api();
        Instant start = Instant.now().minusSeconds(1);
        String flourCategory = unique("Flour");
        String yeastCategory = unique("Yeast");
        String flour = product(api, flourCategory);
        String yeast = product(api, yeastCategory);
        String salt = product(api, null);
        String warehouseId = StockFlows.warehouse(api, unique("WH"), "Spending warehouse");
        String supplierId = ProcurementFlows.activeSupplier(api, unique("SUP"));

        // 25.00 flour and 20.00 salt, plus 10 % tax spread over both lines: 27.50 and 22.00
        Api.Response taxed = ProcurementFlows.createOrder(api, supplierId, warehouseId,
                List.of(line(flour, 10, 2.5), line(salt, 4, 5)), 10);
        assertThat(taxed.status()).as(taxed.body().toString()).isEqualTo(201);
        send(api, taxed.id());
        send(api, ProcurementFlows.order(api, supplierId, warehouseId,
                List.of(line(yeast, 3, 10), line(flour, 2, 2.5))));
        ProcurementFlows.order(api, supplierId, warehouseId, List.of(line(flour, 100, 1)));  // a draft, never sent

        JsonNode report = api.get("/api/v1/reports/spending?groupBy=category&from=" + start + "&to="
                + Instant.now().plusSeconds(60)).body();
        assertThat(report.path("groupBy").asText()).isEqualTo("category");
        Map<String, JsonNode> groups = new HashMap<>();
        report.path("groups").forEach(g -> groups.put(g.path("key").asText(), g));
        assertThat(groups).containsOnlyKeys(flourCategory, yeastCategory, "uncategorised");
        assertGroup(groups.get(flourCategory), 2, "32.50");
        assertGroup(groups.get(yeastCategory), 1, "30.00");
        assertGroup(groups.get("uncategorised"), 1, "22.00");

        // the categories add up to what the supplier was sent (the index follows the orders within moments)
        Eventually.get(api, "/api/v1/reports/spending?groupBy=supplier&from=" + start,
                body -> supplierTotal(body, supplierId).compareTo(new BigDecimal("84.50")) == 0);

        // re-categorising a product moves its spend: the report takes each product's category as it is now
        ok(api.put("/api/v1/products/" + yeast, update("Yeast", flourCategory)));
        JsonNode moved = api.get("/api/v1/reports/spending?groupBy=category&from=" + start).body();
        groups.clear();
        moved.path("groups").forEach(g -> groups.put(g.path("key").asText(), g));
        assertThat(groups).containsOnlyKeys(flourCategory, "uncategorised");
        assertGroup(groups.get(flourCategory), 2, "62.50");

        assertThat(api.get("/api/v1/reports/spending?groupBy=colour").status()).isEqualTo(400);

        // the migration that added sent_at derives it from the history of the orders sent before
        String backfilled = migration().replace("update purchase_order_view o\nset sent_at = ", "select ")
                .replace("where h ->> 'event' = 'sent');", "where h ->> 'event' = 'sent') from purchase_order_view o "
                        + "where o.id = ?");
        Instant derived = jdbc.queryForObject(backfilled, java.sql.Timestamp.class, taxed.id()).toInstant();
        Instant sentAt = jdbc.queryForObject("select sent_at from purchase_order_view where id = ?",
                java.sql.Timestamp.class, taxed.id()).toInstant();
        assertThat(sentAt).isAfter(start);
        assertThat(java.time.Duration.between(derived, sentAt).abs()).isLessThan(java.time.Duration.ofMillis(1));
    }

    private static String migration() {
        try (var in = ProductCategoryIT.class.getResourceAsStream("/db/migration/V55__product_categories.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.indexOf("update purchase_order_view o"),
                    sql.indexOf("create index purchase_order_view_sent")).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void store(String productId, long sequence, String type, String payload) {
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload, "
                        + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "values (nextval('domain_event_entry_global_index_seq'), ?, ?, ?, '1', ?, ?, ?, ?, 'Product')",
                UUID.randomUUID().toString(), "{\"userId\":\"migration\"}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "com.opsledger.kernel.catalog." + type,
                Instant.now().toString(), productId, sequence);
    }

    private static BigDecimal supplierTotal(JsonNode report, String supplierId) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode group : report.path("groups")) {
            if (group.path("key").asText().equals(supplierId)) {
                total = total.add(group.path("total").decimalValue());
            }
        }
        return total;
    }

    private static void assertGroup(JsonNode group, long orders, String total) {
        assertThat(group.path("currency").asText()).isEqualTo("EUR");
        assertThat(group.path("orders").asLong()).as(group.toString()).isEqualTo(orders);
        assertThat(group.path("total").decimalValue()).as(group.toString()).isEqualByComparingTo(new BigDecimal(total));
    }

    private static void send(Api api, String purchaseOrderId) {
        String path = "/api/v1/purchase-orders/" + purchaseOrderId;
        ok(api.post(path + "/submission", Map.of()));
        if (!"APPROVED".equals(api.get(path).body().path("status").asText())) {
            ok(api.post(path + "/approval", Map.of("approvedBy", "maria")));
        }
        ok(api.post(path + "/sending", Map.of()));
        assertThat(api.get(path).body().path("status").asText()).isEqualTo("SENT");
    }

    private static String product(Api api, String category) {
        Api.Response created = api.post("/api/v1/products", productBody(category));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    private static Map<String, Object> productBody(String category) {
        String sku = unique("SKU");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Product " + sku);
        body.put("unit", "kg");
        body.put("reorderPoint", 0);
        body.put("leadTimeDays", 5);
        body.put("category", category);
        return body;
    }

    private static Map<String, Object> update(String name, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("reorderPoint", 0);
        body.put("leadTimeDays", 5);
        body.put("category", category);
        return body;
    }
}
