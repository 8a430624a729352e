package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock moved between warehouses over HTTP: a backorder waiting at warehouse B is filled by a transfer from A (reserved,
 * dispatched first expiry first out, in transit, received); a request short of stock changes nothing; what never
 * arrived is recorded as the transfer's loss; the transfer's views, audit trail and past states agree.
 */
class TransferStoryIT extends ApplicationIT {

    private record Seen(Instant at, JsonNode view) {
    }

    @Test
    void canFillABackorderAtOneWarehouseWithATransferFromAnother() throws InterruptedException {
        Api api = api();
        StockFlows.StockSetup a = StockFlows.stockItem(api, "Transferred", "pcs", 0);
        receive(api, a.stockItemId(), 10, "EARLY", "2031-03-31");
        receive(api, a.stockItemId(), 5, "LATE", "2031-06-30");
        String warehouseB = StockFlows.warehouse(api, unique("WH"), "Warehouse B");
        Api.Response openedAtB = api.post("/api/v1/stock-items", Map.of("productId", a.productId(),
                "warehouseId", warehouseB));
        assertThat(openedAtB.status()).as(openedAtB.body().toString()).isEqualTo(201);
        String stockItemB = openedAtB.id();
        String customerId = OrderFlows.customer(api, "Transfer Kunde", unique("tr").toLowerCase() + "@example.com",
                "gold");
        String orderId = OrderFlows.order(api, customerId, warehouseB, a.productId(), 8);
        JsonNode backordered = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("backordered"));
        String backorderPath = "/api/v1/backorders/" + backordered.path("lines").get(0).path("backorderId").asText();
        Eventually.get(api, backorderPath, b -> b.path("status").asText().equals("pending"));

        Api.Response tooMuch = api.post("/api/v1/transfers", request(a.warehouseId(), warehouseB,
                line(a.productId(), 3), line(a.productId(), 13)));
        assertThat(tooMuch.status()).as(tooMuch.body().toString()).isEqualTo(422);
        assertThat(tooMuch.body().path("rule").asText()).isEqualTo("insufficient-stock");
        assertThat(tooMuch.body().path("errors").get(0).path("field").asText()).isEqualTo("lines[1].quantity");
        assertThat(stock(api, a.stockItemId()).path("reserved").decimalValue()).as("nothing half-reserved")
                .isZero();

        Api.Response requested = api.post("/api/v1/transfers", request(a.warehouseId(), warehouseB,
                line(a.productId(), 12)));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String path = "/api/v1/transfers/" + requested.id();
        assertThat(requested.header("Location")).endsWith(path);
        Seen asRequested = seen(api, path);
        JsonNode transfer = asRequested.view();
        assertThat(transfer.path("number").asText()).matches("TR-\\d{6}");
        assertThat(transfer.path("status").asText()).isEqualTo("requested");
        assertThat(transfer.path("fromWarehouseId").asText()).isEqualTo(a.warehouseId());
        assertThat(transfer.path("toWarehouseId").asText()).isEqualTo(warehouseB);
        assertThat(transfer.path("reason").asText()).isEqualTo("rebalance");
        assertThat(transfer.path("expectedDate").asText()).isEqualTo("2030-01-10");
        JsonNode requestedLine = transfer.path("lines").get(0);
        assertThat(requestedLine.path("lineId").isTextual()).isTrue();
        assertThat(requestedLine.path("lineId").asText()).isEqualTo("1");
        assertThat(requestedLine.path("quantity").decimalValue()).isEqualByComparingTo("12");
        assertThat(requestedLine.path("dispatched").decimalValue()).isZero();
        assertThat(stock(api, a.stockItemId()).path("reserved").decimalValue()).isEqualByComparingTo("12");

        assertThat(api.post(path + "/dispatch", Map.of()).status()).isEqualTo(200);
        Seen inTransit = seen(api, path);
        JsonNode dispatchedLine = inTransit.view().path("lines").get(0);
        assertThat(inTransit.view().path("status").asText()).isEqualTo("in-transit");
        assertThat(dispatchedLine.path("dispatched").decimalValue()).isEqualByComparingTo("12");
        assertThat(dispatchedLine.path("batches").toString()).as("first expiry first out, with the expiry dates")
                .contains("\"batch\":\"EARLY\",\"expiryDate\":\"2031-03-31\",\"quantity\":10")
                .contains("\"batch\":\"LATE\",\"expiryDate\":\"2031-06-30\",\"quantity\":2");
        JsonNode source = stock(api, a.stockItemId());
        assertThat(source.path("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(source.path("reserved").decimalValue()).isZero();
        JsonNode acrossWarehouses = api.get("/api/v1/products/" + a.productId() + "/stock").body();
        assertThat(warehouse(acrossWarehouses, a.warehouseId()).path("onHand").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(warehouse(acrossWarehouses, warehouseB).path("inTransit").decimalValue()).as("on the way to B")
                .isEqualByComparingTo("12");
        assertThat(warehouse(acrossWarehouses, warehouseB).path("onHand").decimalValue()).isZero();
        assertThat(acrossWarehouses.path("totals").path("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(acrossWarehouses.path("totals").path("inTransit").decimalValue()).isEqualByComparingTo("12");
        assertThat(acrossWarehouses.path("totals").path("quarantined").decimalValue()).isZero();
        assertThat(api.post(path + "/cancellation", Map.of("reason", "late")).status()).as("not after dispatch")
                .isEqualTo(422);
        assertThat(api.get("/api/v1/transfers?status=in-transit&toWarehouseId=" + warehouseB).body()
                .path("content").findValuesAsText("id")).containsExactly(requested.id());
        assertThat(api.get("/api/v1/transfers?productId=" + a.productId()).body().path("content")
                .findValuesAsText("id")).containsExactly(requested.id());

        Api.Response tooMany = api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1",
                "quantity", 13))));
        assertThat(tooMany.status()).as(tooMany.body().toString()).isEqualTo(422);
        Api.Response received = api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1",
                "quantity", 9))));
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
        Seen partly = seen(api, path);
        assertThat(partly.view().path("status").asText()).isEqualTo("partially-received");
        assertThat(partly.view().path("lines").get(0).path("received").decimalValue()).isEqualByComparingTo("9");
        JsonNode destination = stock(api, stockItemB);
        assertThat(destination.path("onHand").decimalValue()).isEqualByComparingTo("9");
        assertThat(destination.path("batches").toString()).as("the batches travelled with the goods")
                .contains("\"batch\":\"EARLY\",\"expiryDate\":\"2031-03-31\",\"quantity\":9");
        JsonNode filled = Eventually.get(api, backorderPath, b -> b.path("status").asText().equals("fulfilled"));
        assertThat(filled.path("allocated").decimalValue()).isEqualByComparingTo("8");

        Api.Response discrepancy = api.post(path + "/discrepancy", Map.of("note", "one carton missing"));
        assertThat(discrepancy.status()).as(discrepancy.body().toString()).isEqualTo(200);
        Seen closed = seen(api, path);
        JsonNode closedLine = closed.view().path("lines").get(0);
        assertThat(closed.view().path("status").asText()).isEqualTo("closed");
        assertThat(closedLine.path("lost").decimalValue()).isEqualByComparingTo("3");
        assertThat(closedLine.path("received").decimalValue()).isEqualByComparingTo("9");
        assertThat(api.post(path + "/discrepancy", Map.of()).status()).as("closed once").isEqualTo(422);

        JsonNode waste = api.get("/api/v1/write-offs?stockItemId=" + a.stockItemId()).body().path("content");
        assertThat(waste).as("the loss is waste of the source").hasSize(1);
        assertThat(waste.get(0).path("id").asText()).isEqualTo(requested.id() + "/1");
        assertThat(waste.get(0).path("reason").asText()).isEqualTo("transfer-loss");
        assertThat(waste.get(0).path("quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(waste.get(0).path("batch").asText()).isEqualTo("EARLY, LATE");
        assertThat(waste.get(0).path("warehouseId").asText()).isEqualTo(a.warehouseId());

        JsonNode afterLoss = api.get("/api/v1/products/" + a.productId() + "/stock").body();
        assertThat(warehouse(afterLoss, warehouseB).path("inTransit").decimalValue()).as("nothing left on the way")
                .isZero();
        assertThat(warehouse(afterLoss, warehouseB).path("onHand").decimalValue()).isEqualByComparingTo("9");
        assertThat(afterLoss.path("totals").path("onHand").decimalValue()).isEqualByComparingTo("12");

        JsonNode events = api.get("/api/v1/audit/transfers/" + requested.id() + "/events").body();
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.path("eventType").asText()));
        assertThat(types).containsExactly("TransferRequestedEvent", "TransferDispatchedEvent",
                "TransferGoodsReceivedEvent", "TransferLossRecordedEvent");
        for (Seen seen : List.of(asRequested, inTransit, partly, closed)) {
            Api.Response asOf = api.get(path + "?asOf=" + seen.at());
            assertThat(asOf.status()).as(asOf.body().toString()).isEqualTo(200);
            assertThat(asOf.body().path("state")).isEqualTo(seen.view());
        }
    }

    @Test
    void canCancelATransferBeforeDispatchGivingItsStockBack() {
        Api api = api();
        StockFlows.StockSetup a = StockFlows.stockItem(api, "Cancelled transfer", "kg", 0);
        receive(api, a.stockItemId(), 5, null, null);
        String warehouseB = StockFlows.warehouse(api, unique("WH"), "Warehouse B");
        Api.Response requested = api.post("/api/v1/transfers", request(a.warehouseId(), warehouseB,
                line(a.productId(), 4)));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        assertThat(stock(api, a.stockItemId()).path("available").decimalValue()).isEqualByComparingTo("1");
        String path = "/api/v1/transfers/" + requested.id();
        assertThat(api.post(path + "/receipts", Map.of("lines", List.of(Map.of("lineId", "1", "quantity", 1))))
                .status()).as("nothing on the way yet").isEqualTo(422);

        assertThat(api.post(path + "/cancellation", Map.of("reason", "not needed")).status()).isEqualTo(200);
        assertThat(api.get(path).body().path("status").asText()).isEqualTo("cancelled");
        assertThat(stock(api, a.stockItemId()).path("available").decimalValue()).isEqualByComparingTo("5");
        assertThat(api.post(path + "/dispatch", Map.of()).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/transfers", request(a.warehouseId(), a.warehouseId(), line(a.productId(), 1)))
                .status()).as("within one warehouse").isEqualTo(400);
        assertThat(api.get("/api/v1/transfers/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static void receive(Api api, String stockItemId, int quantity, String batch, String expiryDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("quantity", quantity);
        if (batch != null) {
            body.put("batch", batch);
            body.put("expiryDate", expiryDate);
        }
        Api.Response received = api.post("/api/v1/stock-items/" + stockItemId + "/receipts", body);
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
    }

    private static Map<String, Object> line(String productId, int quantity) {
        return Map.of("productId", productId, "quantity", quantity);
    }

    @SafeVarargs
    private static Map<String, Object> request(String from, String to, Map<String, Object>... lines) {
        return Map.of("fromWarehouseId", from, "toWarehouseId", to, "lines", List.of(lines), "reason", "rebalance",
                "expectedDate", "2030-01-10");
    }

    private static JsonNode warehouse(JsonNode productStock, String warehouseId) {
        for (JsonNode warehouse : productStock.path("warehouses")) {
            if (warehouse.path("warehouseId").asText().equals(warehouseId)) {
                return warehouse;
            }
        }
        throw new AssertionError("no warehouse " + warehouseId + " in " + productStock);
    }

    private static JsonNode stock(Api api, String stockItemId) {
        return api.get("/api/v1/stock-items/" + stockItemId).body();
    }

    private static Seen seen(Api api, String path) throws InterruptedException {
        Api.Response view = api.get(path);
        assertThat(view.status()).as(view.body().toString()).isEqualTo(200);
        Thread.sleep(5);
        Instant at = Instant.now();
        Thread.sleep(5);
        return new Seen(at, view.body());
    }
}
