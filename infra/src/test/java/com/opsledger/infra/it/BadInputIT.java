package com.opsledger.infra.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests a careless client or an attacker sends: each gets a precise 4xx problem, never a 5xx, and ends. */
class BadInputIT extends ApplicationIT {

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("detail").asText()).isNotBlank();
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertProblem(response, status);
        assertThat(response.body().path("errors").get(0).path("field").asText()).as(response.body().toString())
                .isEqualTo(field);
    }

    private static Map<String, Object> supplierUpdate() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Renamed");
        body.put("paymentTerms", "NET_30");
        body.put("leadTimeDays", 3);
        return body;
    }

    @Test
    void aCommandToTheIdOfARecordOfAnotherTypeFindsNoRecord() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Cross", "kg", 0);
        String supplierId = ProcurementFlows.activeSupplier(api(), unique("XS"));
        String customerId = OrderFlows.customer(api(), "Cross Type", unique("x").toLowerCase() + "@example.com",
                "STANDARD");
        // each record is loaded by its own command first, so that it is in memory as the other types are asked for
        OrderFlows.receive(api(), s.stockItemId(), 5);

        assertProblem(api().put("/api/v1/suppliers/" + s.stockItemId(), supplierUpdate()), 404);
        assertProblem(api().post("/api/v1/stock-items/" + supplierId + "/receipts", Map.of("quantity", 1)), 404);
        assertProblem(api().post("/api/v1/stock-items/" + s.productId() + "/receipts", Map.of("quantity", 1)), 404);
        assertProblem(api().post("/api/v1/stock-items/" + s.warehouseId() + "/reservations",
                Map.of("quantity", 1, "reference", "x")), 404);
        assertProblem(api().post("/api/v1/stock-items/" + customerId + "/receipts", Map.of("quantity", 1)), 404);
        assertProblem(api().post("/api/v1/suppliers/" + customerId + "/status", Map.of("status", "INACTIVE")), 404);
        assertProblem(api().post("/api/v1/purchase-orders/" + s.stockItemId() + "/approval", Map.of()), 404);
        assertProblem(api().post("/api/v1/orders/" + s.stockItemId() + "/cancellation", Map.of("reason", "x")), 404);
        assertProblem(api().put("/api/v1/suppliers/" + supplierId + "/products/" + s.stockItemId(),
                Map.of("price", 1, "currency", "EUR", "leadTimeDays", 1)), 404);

        // and the records themselves are untouched: the stock item still takes its own commands
        assertThat(api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 1))
                .status()).isEqualTo(200);
        assertThat(api().put("/api/v1/suppliers/" + supplierId, supplierUpdate()).status()).isEqualTo(200);
    }

    @Test
    void hugeOrOverPreciseNumbersAreRefusedQuicklyNamingTheField() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Huge", "kg", 0);
        String receipts = "/api/v1/stock-items/" + s.stockItemId() + "/receipts";
        assertField(api().post(receipts, Map.of("quantity", new java.math.BigDecimal("10000000000000000"))), 400,
                "quantity");
        assertField(api().post(receipts, Map.of("quantity", new java.math.BigDecimal("1000000000.001"))), 400,
                "quantity");
        long start = System.nanoTime();
        assertField(api().post(receipts, "{\"quantity\": 1e200000000}"), 400, "quantity");
        assertField(api().post(receipts, "{\"quantity\": 1e999999999}"), 400, "quantity");
        assertField(api().post(receipts, "{\"quantity\": 1e-999999999}"), 400, "quantity");
        assertField(api().post(receipts, "{\"quantity\": -1e200000000}"), 400, "quantity");
        assertField(api().post(receipts, "{\"quantity\": 1" + "0".repeat(5000) + "}"), 400, "quantity");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(api().post(receipts, Map.of("quantity", 1_000_000_000)).status()).isEqualTo(200);

        String supplierId = ProcurementFlows.activeSupplier(api(), unique("HG"));
        assertField(api().put("/api/v1/suppliers/" + supplierId + "/products/" + s.productId(),
                Map.of("price", new java.math.BigDecimal("1e20"), "currency", "EUR", "leadTimeDays", 1)), 400,
                "price");
        Api.Response order = ProcurementFlows.createOrder(api(), supplierId, s.warehouseId(),
                List.of(ProcurementFlows.line(s.productId(), 1, new java.math.BigDecimal("1e13"))), null);
        assertProblem(order, 400);
        assertThat(order.body().path("errors").get(0).path("field").asText()).contains("unitPrice");
    }

    @Test
    void datesOutsideTheYears1900To2999AreRefusedNamingTheField() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Dated", "pcs", 0);
        String customerId = OrderFlows.customer(api(), "Far Future", unique("f").toLowerCase() + "@example.com",
                "STANDARD");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customerId", customerId);
        order.put("warehouseId", s.warehouseId());
        order.put("lines", List.of(Map.of("productId", s.productId(), "quantity", 1)));
        order.put("deliveryAddress", Map.of("line1", "Hauptstr. 1", "city", "Berlin", "country", "DE"));
        order.put("requestedDate", "+999999999-12-31");
        assertField(api().post("/api/v1/orders", order), 400, "requestedDate");
        order.put("requestedDate", "3000-01-01");
        assertField(api().post("/api/v1/orders", order), 400, "requestedDate");
        order.put("requestedDate", "1899-12-31");
        assertField(api().post("/api/v1/orders", order), 400, "requestedDate");

        assertField(api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts",
                Map.of("quantity", 1, "batch", "B1", "expiryDate", "9999-01-01")), 400, "expiryDate");
        assertThat(api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts",
                Map.of("quantity", 1, "batch", "B1", "expiryDate", "2999-12-31")).status()).isEqualTo(200);
    }

    @Test
    void instantsOutOfRangeInQueryParametersAreRefused() {
        assertField(api().get("/api/v1/purchase-orders?from=%2B294277-01-01T00:00:00Z"), 400, "from");
        assertField(api().get("/api/v1/orders?to=%2B294277-01-01T00:00:00Z"), 400, "to");
        assertField(api().get("/api/v1/reports/spending?from=-100000-01-01T00:00:00Z"), 400, "from");
        assertField(api().get("/api/v1/audit/events?from=%2B294277-01-01T00:00:00Z"), 400, "from");
        assertField(api().get("/api/v1/audit/stock-items/" + UUID.randomUUID()
                + "/diff?from=%2B294277-01-01T00:00:00Z"), 400, "from");
    }

    @Test
    void nullsInsideListsAreRefusedNamingTheElement() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Nulls", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(api(), unique("NL"));
        String lines = "\"lines\": [" + "{\"productId\": \"" + s.productId() + "\", \"quantity\": 1, "
                + "\"unitPrice\": 1}, null]";
        Api.Response order = api().post("/api/v1/purchase-orders", "{\"supplierId\": \"" + supplierId
                + "\", \"warehouseId\": \"" + s.warehouseId() + "\", \"currency\": \"EUR\", " + lines + "}");
        assertField(order, 400, "lines[1]");
        String customerId = OrderFlows.customer(api(), "Null Lines", unique("n").toLowerCase() + "@example.com",
                "STANDARD");
        Api.Response placed = api().post("/api/v1/orders", "{\"customerId\": \"" + customerId
                + "\", \"warehouseId\": \"" + s.warehouseId() + "\", \"lines\": [null], "
                + "\"deliveryAddress\": {\"line1\": \"Hauptstr. 1\", \"city\": \"Berlin\", \"country\": \"DE\"}}");
        assertField(placed, 400, "lines[0]");
    }

    @Test
    void sillyPagingIsRefused() {
        assertField(api().get("/api/v1/search?q=a&page=2147483647"), 400, "page");
        assertField(api().get("/api/v1/search?q=a&page=-1"), 400, "page");
        assertField(api().get("/api/v1/stock-items?page=2147483647"), 400, "page");
        assertField(api().get("/api/v1/stock-items?page=-1"), 400, "page");
        assertField(api().get("/api/v1/products?size=201"), 400, "size");
        assertField(api().get("/api/v1/notifications?size=0"), 400, "size");
        assertField(api().get("/api/v1/audit/events?size=100000"), 400, "size");
        assertField(api().get("/api/v1/stock-items?page=99999999999"), 400, "page");
    }

    @Test
    void passwordsLongerThan72BytesAreRefusedNamingTheField() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", unique("long").toLowerCase());
        user.put("displayName", "Long Password");
        user.put("email", unique("lp").toLowerCase() + "@example.com");
        user.put("password", "p".repeat(100));
        user.put("roles", List.of("manager"));
        assertField(api().post("/api/v1/admin/users", user), 400, "password");
        user.put("password", "ä".repeat(40));
        assertField(api().post("/api/v1/admin/users", user), 400, "password");

        assertField(api().post("/api/v1/auth/password",
                Map.of("currentPassword", Api.adminPassword(), "newPassword", "x".repeat(100))), 400, "newPassword");
        Api.Response signIn = api().login("admin", "y".repeat(100), null);
        assertThat(signIn.status()).as(signIn.body().toString()).isIn(400, 401);
        assertThat(signIn.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSupplierCatalogueTakesOnlyIsoCurrenciesAndKnowsWhatItHolds() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Catalogued", "pcs", 0);
        String supplierId = ProcurementFlows.activeSupplier(api(), unique("CT"));
        String entry = "/api/v1/suppliers/" + supplierId + "/products/" + s.productId();
        assertField(api().put(entry, Map.of("price", 1, "currency", "XYZ", "leadTimeDays", 1)), 400, "currency");
        assertField(api().put(entry, Map.of("price", 1, "currency", "euro", "leadTimeDays", 1)), 400, "currency");
        assertProblem(api().delete(entry), 404);
        assertThat(api().put(entry, Map.of("price", 1, "currency", "eur", "leadTimeDays", 1)).status()).isEqualTo(200);
        assertThat(api().delete(entry).status()).isEqualTo(200);
        assertProblem(api().delete(entry), 404);
    }

    @Test
    void bodiesAreCappedAndMustBeJson() throws Exception {
        String big = "{\"code\": \"BIG\", \"name\": \"" + "n".repeat(1_100_000) + "\"}";
        Api.Response tooLarge = raw("POST", "/api/v1/warehouses", "application/json", big, false);
        assertProblem(tooLarge, 413);
        Api.Response chunked = raw("POST", "/api/v1/warehouses", "application/json", big, true);
        assertProblem(chunked, 413);
        Api.Response text = raw("POST", "/api/v1/warehouses", "text/plain", "{\"code\":\"T\",\"name\":\"T\"}", false);
        assertProblem(text, 415);
        Api.Response none = raw("POST", "/api/v1/warehouses", null, "{\"code\":\"T\",\"name\":\"T\"}", false);
        assertThat(none.status()).isEqualTo(415);
        for (String type : new String[]{"*/*", "application/*", "multipart/form-data", "multipart/form-data; boundary=x"}) {
            assertProblem(raw("POST", "/api/v1/warehouses", type, "{\"code\":\"T\",\"name\":\"T\"}", false), 415);
        }
    }

    @Test
    void errorAnswersShowNoInternals() throws Exception {
        Api.Response notFound = raw("GET", "/api/v1/no-such-thing", null, null, false);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.raw().body()).doesNotContain("Exception", "org.springframework", "at com.");
        Api.Response broken = api().post("/api/v1/warehouses", "{\"code\": [1, 2");
        assertProblem(broken, 400);
        assertThat(broken.raw().body()).doesNotContain("Exception", "com.fasterxml", "line:", "Source:");
        // refused before any controller (by the request firewall): Spring's own error answer, without its message
        Api.Response rejected = raw("GET", "/api/v1//stock-items", null, null, false);
        assertThat(rejected.status()).isBetween(400, 499);
        assertThat(rejected.raw().body()).doesNotContain("malicious", "rejected", "Exception");
    }

    private Api.Response raw(String method, String path, String contentType, String body, boolean chunked)
            throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, publisher)
                .header("Authorization", "Bearer " + api().token());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        } catch (Exception notJson) {
            json = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return new Api.Response(response.statusCode(), json == null
                ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json, response);
    }
}
