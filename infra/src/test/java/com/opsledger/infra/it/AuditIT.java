package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who changed a record, when, from where and why: the history, the global trail, its exports, correlations. */
class AuditIT extends ApplicationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A product, a warehouse and a stock item with two receipts, a reservation and an adjustment, one correlation. */
    private record Story(String correlationId, String productId, String warehouseId, String stockItemId) {
    }

    private Story story(Api api) {
        String correlationId = unique("order");
        Map<String, String> headers = Map.of("X-Correlation-Id", correlationId);
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", unique("SKU"));
        product.put("name", "Audited flour");
        product.put("unit", "kg");
        product.put("reorderPoint", 5);
        product.put("leadTimeDays", 3);
        String productId = created(api.post("/api/v1/products", product, headers));
        String warehouseId = created(api.post("/api/v1/warehouses",
                Map.of("code", unique("WH"), "name", "Audited warehouse"), headers));
        String stockItemId = created(api.post("/api/v1/stock-items",
                Map.of("productId", productId, "warehouseId", warehouseId), headers));
        String path = "/api/v1/stock-items/" + stockItemId;
        Api.Response receipt = api.post(path + "/receipts", Map.of("quantity", 10), headers);
        assertThat(receipt.header("X-Correlation-Id")).isEqualTo(correlationId);
        assertThat(api.post(path + "/receipts", Map.of("quantity", 2.5, "batch", "B-2"), headers).status())
                .isEqualTo(200);
        created(api.post(path + "/reservations", Map.of("quantity", 4, "reference", "order/1"), headers));
        assertThat(api.post(path + "/adjustments", Map.of("quantity", -0.5, "reason", "count"), headers).status())
                .isEqualTo(200);
        return new Story(correlationId, productId, warehouseId, stockItemId);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.id();
    }

    @Test
    void canShowEveryEventOfAStockItemInOrderWithWhoFromWhereAndWhy() {
        Api api = api();
        Story s = story(api);

        Api.Response history = api.get("/api/v1/audit/stock-items/" + s.stockItemId() + "/events");
        assertThat(history.status()).as(history.body().toString()).isEqualTo(200);
        JsonNode events = history.body();
        assertThat(events).hasSize(5);
        assertThat(texts(events, "eventType")).containsExactly("StockItemOpenedEvent", "StockReceivedEvent",
                "StockReceivedEvent", "StockReservedEvent", "StockAdjustedEvent");
        assertThat(texts(events, "commandName")).containsExactly("OpenStockItemCommand", "ReceiveStockCommand",
                "ReceiveStockCommand", "ReserveStockCommand", "AdjustStockCommand");
        long previous = -1;
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            assertThat(event.path("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(event.path("globalIndex").asLong()).isGreaterThan(previous);
            previous = event.path("globalIndex").asLong();
            assertThat(event.path("aggregateType").asText()).isEqualTo("StockItem");
            assertThat(event.path("aggregateId").asText()).isEqualTo(s.stockItemId());
            assertThat(event.path("revision").asText())
                    .isEqualTo("StockReceivedEvent".equals(event.path("eventType").asText()) ? "2" : "1");
            assertThat(event.path("userId").asText()).isEqualTo(adminId());
            assertThat(event.path("clientIp").asText()).isEqualTo("127.0.0.1");
            assertThat(event.path("userAgent").asText()).isNotBlank();
            assertThat(event.path("correlationId").asText()).isEqualTo(s.correlationId());
            assertThat(event.path("causationId").asText()).isNotBlank();
            assertThat(event.path("timestamp").asText()).isNotBlank();
            assertThat(event.path("payload").path("stockItemId").asText()).isEqualTo(s.stockItemId());
        }
        assertThat(events.get(1).path("payload").path("quantity").path("amount").decimalValue())
                .isEqualByComparingTo("10");

        JsonNode byTypeName = api.get("/api/v1/audit/StockItem/" + s.stockItemId() + "/events").body();
        assertThat(byTypeName).isEqualTo(events);
    }

    @Test
    void canRefuseAnUnknownAggregateTypeAndAnswer404ForARecordWithoutEvents() {
        Api api = api();
        Story s = story(api);

        Api.Response unknownType = api.get("/api/v1/audit/spaceships/" + s.stockItemId() + "/events");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body().path("errors").get(0).path("field").asText()).isEqualTo("aggregateType");

        assertThat(api.get("/api/v1/audit/stock-items/" + java.util.UUID.randomUUID() + "/events").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/audit/products/" + s.stockItemId() + "/events").status())
                .as("a stock item is not a product").isEqualTo(404);
        JsonNode product = api.get("/api/v1/audit/products/" + s.productId() + "/events").body();
        assertThat(texts(product, "eventType")).containsExactly("ProductCreatedEvent");
    }

    @Test
    void canFilterTheTrailByCorrelationAggregateTypeEventTypeAndUserAndPageItByCursor() {
        Api api = api();
        Story s = story(api);
        String trail = "/api/v1/audit/events?correlationId=" + s.correlationId();

        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get(trail + "&size=3" + (cursor == null ? "" : "&after=" + cursor));
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            page.body().path("content").forEach(all::add);
            cursor = page.body().path("nextCursor").isNull() ? null : page.body().path("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(7);
        assertThat(all.stream().map(e -> e.path("aggregateType").asText()).toList())
                .containsExactly("Product", "Warehouse", "StockItem", "StockItem", "StockItem", "StockItem",
                        "StockItem");
        assertThat(all.stream().mapToLong(e -> e.path("globalIndex").asLong()).toArray()).isSorted();

        JsonNode stockOnly = api.get(trail + "&aggregateType=stock-items").body();
        assertThat(stockOnly.path("content")).hasSize(5);
        assertThat(stockOnly.path("nextCursor").isNull()).isTrue();
        assertThat(api.get(trail + "&aggregateType=Warehouse").body().path("content")).hasSize(1);
        assertThat(api.get(trail + "&eventType=StockReceivedEvent").body().path("content")).hasSize(2);
        assertThat(api.get(trail + "&user=" + adminId()).body().path("content")).hasSize(7);
        assertThat(api.get(trail + "&user=someone-else").body().path("content")).isEmpty();
        String openedAt = all.get(2).path("timestamp").asText();
        assertThat(api.get(trail + "&from=" + openedAt).body().path("content")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(api.get(trail + "&to=" + all.get(0).path("timestamp").asText()).body().path("content")).isEmpty();

        Api.Response unknown = api.get(trail + "&aggregateType=Spaceship");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asText()).isEqualTo("aggregateType");
        assertThat(api.get(trail + "&size=0").status()).isEqualTo(400);
        assertThat(api.get(trail + "&from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void canExportTheTrailAsCsvAndNdjsonForTheSameFilters() throws Exception {
        Api api = api();
        Story s = story(api);
        String trail = "/api/v1/audit/events?aggregateType=StockItem&correlationId=" + s.correlationId();

        Api.Response csv = api.get(trail, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("globalIndex,timestamp,aggregateType,aggregateId,sequenceNumber,eventType,"
                + "revision,userId,clientIp,userAgent,correlationId,causationId,commandName,payload");
        assertThat(lines[1]).contains(",StockItem," + s.stockItemId() + ",0,StockItemOpenedEvent,1," + adminId() + ",127.0.0.1,")
                .contains("," + s.correlationId() + ",")
                .contains("\"{\"\"stockItemId\"\":\"\"" + s.stockItemId() + "\"\"");
        assertThat(lines[5]).contains(",4,StockAdjustedEvent,1," + adminId() + ",");

        Api.Response ndjson = api.get(trail, Map.of("Accept", "application/x-ndjson"));
        assertThat(ndjson.status()).isEqualTo(200);
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> events = new ArrayList<>();
        for (String line : ndjson.raw().body().split("\n")) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).hasSize(5);
        assertThat(events.stream().map(e -> e.path("sequenceNumber").asLong()).toList())
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("correlationId").asText()).isEqualTo(s.correlationId());
            assertThat(e.path("payload").path("stockItemId").asText()).isEqualTo(s.stockItemId());
        });
        assertThat(lines[1]).startsWith(events.get(0).path("globalIndex").asText() + ",");

        Api.Response refused = api.get("/api/v1/audit/events?aggregateType=Spaceship", Map.of("Accept", "text/csv"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void canDescribeTheAuditAndAdministrationEndpointsInOpenApi() {
        JsonNode paths = api().get("/v3/api-docs").body().path("paths");
        assertThat(paths.has("/api/v1/audit/{aggregateType}/{id}/events")).isTrue();
        assertThat(paths.has("/api/v1/audit/correlations/{correlationId}")).isTrue();
        assertThat(paths.has("/api/v1/admin/projections")).isTrue();
        assertThat(paths.has("/api/v1/admin/projections/{name}/replay")).isTrue();
        JsonNode trail = paths.path("/api/v1/audit/events").path("get").path("responses").path("200").path("content");
        assertThat(trail.has("text/csv")).isTrue();
        assertThat(trail.has("application/x-ndjson")).isTrue();
    }

    @Test
    void canFollowOneCorrelationIdAcrossProductWarehouseAndStockItem() {
        Api api = api();
        Story s = story(api);

        Api.Response correlation = api.get("/api/v1/audit/correlations/" + s.correlationId());
        assertThat(correlation.status()).as(correlation.body().toString()).isEqualTo(200);
        JsonNode events = correlation.body().path("events");
        assertThat(correlation.body().path("correlationId").asText()).isEqualTo(s.correlationId());
        assertThat(correlation.body().path("truncated").asBoolean()).isFalse();
        assertThat(events).hasSize(7);
        assertThat(texts(events, "aggregateId")).containsExactly(s.productId(), s.warehouseId(), s.stockItemId(),
                s.stockItemId(), s.stockItemId(), s.stockItemId(), s.stockItemId());
        assertThat(texts(events, "eventType").subList(0, 3)).containsExactly("ProductCreatedEvent",
                "WarehouseCreatedEvent", "StockItemOpenedEvent");

        assertThat(api.get("/api/v1/audit/correlations/" + unique("never")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audit/correlations/has%20space").status()).isEqualTo(400);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
