package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers and orders over HTTP, and the checks that every figure adds up. */
final class OrderFlows {

    private OrderFlows() {
    }

    static String customer(Api api, String name, String email, String tier) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+49 30 1234567");
        body.put("tier", tier);
        body.put("addresses", List.of(Map.of("line1", "Hauptstr. 1", "postalCode", "10115", "city", "Berlin",
                "country", "DE")));
        body.put("communicationPreference", "email");
        Api.Response created = api.post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    static String order(Api api, String customerId, String warehouseId, String productId, Object quantity) {
        Api.Response placed = api.post("/api/v1/orders", Map.of("customerId", customerId, "warehouseId", warehouseId,
                "lines", List.of(Map.of("productId", productId, "quantity", quantity)),
                "deliveryAddress", Map.of("line1", "Hauptstr. 1", "city", "Berlin", "country", "DE"),
                "requestedDate", "2030-01-15"));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        return placed.id();
    }

    /** A product's stock item, a customer, and that customer's order for the product. */
    record PlacedOrder(StockFlows.StockSetup stock, String customerId, String orderId) {
    }

    /** A new customer of {@code tier} orders {@code ordered} pieces of a new product with {@code onHand} in stock. */
    static PlacedOrder newCustomerOrders(Api api, String product, int onHand, String customerName, String tier,
                                         int ordered) {
        StockFlows.StockSetup stock = StockFlows.stockItem(api, product, "pcs", 0);
        if (onHand > 0) {
            receive(api, stock.stockItemId(), onHand);
        }
        String customerId = customer(api, customerName, ApplicationIT.unique("c").toLowerCase() + "@example.com",
                tier);
        return new PlacedOrder(stock, customerId, order(api, customerId, stock.warehouseId(), stock.productId(),
                ordered));
    }

    static void receive(Api api, String stockItemId, Object quantity) {
        Api.Response received = api.post("/api/v1/stock-items/" + stockItemId + "/receipts", Map.of("quantity", quantity));
        assertThat(received.status()).as(received.body().toString()).isEqualTo(200);
    }

    /** Every unit of every line is exactly one of reserved, backordered, cancelled or pending. */
    static void assertLinesAddUp(JsonNode order) {
        for (JsonNode line : order.path("lines")) {
            assertThat(number(line, "reserved").add(number(line, "backordered")).add(number(line, "cancelled"))
                    .add(number(line, "pending"))).as(line.toString()).isEqualByComparingTo(number(line, "quantity"));
            assertThat(number(line, "allocated")).as(line.toString()).isLessThanOrEqualTo(number(line, "reserved"));
        }
    }

    /** A backorder is its allocations plus what it still awaits, and its history sums to what was allocated. */
    static void assertBackorderAddsUp(JsonNode backorder) {
        assertThat(number(backorder, "allocated").add(number(backorder, "remaining")))
                .as(backorder.toString()).isEqualByComparingTo(number(backorder, "quantity"));
        BigDecimal history = BigDecimal.ZERO;
        for (JsonNode allocation : backorder.path("allocations")) {
            history = history.add(number(allocation, "quantity"));
        }
        assertThat(history).as(backorder.toString()).isEqualByComparingTo(number(backorder, "allocated"));
    }

    static BigDecimal number(JsonNode node, String field) {
        return node.path(field).decimalValue();
    }
}
