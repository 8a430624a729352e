package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorAnswersIT extends ApplicationIT {

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("detail").asText()).isNotBlank();
    }

    private static String firstField(Api.Response response) {
        return response.body().path("errors").get(0).path("field").asText();
    }

    @Test
    void cannotCreateAProductWithoutItsFields() {
        Api.Response response = api().post("/api/v1/products", Map.of("name", "No sku", "unit", "kg",
                "reorderPoint", 1, "leadTimeDays", 1));
        assertProblem(response, 400);
        assertThat(firstField(response)).isEqualTo("sku");
    }

    @Test
    void cannotSendUnknownFieldsOrMalformedJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "X1");
        body.put("name", "Somewhere");
        body.put("owner", "me");
        Api.Response unknown = api().post("/api/v1/warehouses", body);
        assertProblem(unknown, 400);
        assertThat(firstField(unknown)).isEqualTo("owner");

        assertProblem(api().post("/api/v1/warehouses", "{\"code\": "), 400);
    }

    @Test
    void cannotReceiveAQuantityThatIsNotANumberOrTooPrecise() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Pepper", "kg", 0);
        Api.Response text = api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts",
                Map.of("quantity", "lots"));
        assertProblem(text, 400);
        assertThat(firstField(text)).isEqualTo("quantity");

        Api.Response precise = api().post("/api/v1/stock-items/" + s.stockItemId() + "/receipts",
                Map.of("quantity", 1.2345));
        assertProblem(precise, 400);
        assertThat(firstField(precise)).isEqualTo("quantity");
    }

    @Test
    void cannotReuseASkuOrAWarehouseCode() {
        String sku = unique("DUP");
        StockFlows.product(api(), sku, "First", "pcs", 0);
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("sku", sku.toLowerCase());
        again.put("name", "Second");
        again.put("unit", "pcs");
        again.put("reorderPoint", 0);
        again.put("leadTimeDays", 1);
        Api.Response duplicate = api().post("/api/v1/products", again);
        assertProblem(duplicate, 409);
        assertThat(duplicate.body().path("field").asText()).isEqualTo("sku");
        assertThat(duplicate.body().path("existingId").asText()).isNotBlank();

        String code = unique("DUPWH");
        StockFlows.warehouse(api(), code, "One");
        Api.Response second = api().post("/api/v1/warehouses", Map.of("code", code, "name", "Two"));
        assertProblem(second, 409);
        assertThat(second.body().path("field").asText()).isEqualTo("code");
    }

    @Test
    void cannotOpenASecondStockItemOrOneForAnUnknownProduct() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Tea", "kg", 0);
        assertProblem(api().post("/api/v1/stock-items",
                Map.of("productId", s.productId(), "warehouseId", s.warehouseId())), 409);
        assertProblem(api().post("/api/v1/stock-items",
                Map.of("productId", UUID.randomUUID().toString(), "warehouseId", s.warehouseId())), 404);
    }

    @Test
    void cannotReserveMoreThanIsAvailable() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Coffee", "kg", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        api().post(path + "/receipts", Map.of("quantity", 7.5));
        Api.Response refused = api().post(path + "/reservations", Map.of("quantity", 12, "reference", "order-9"));
        assertProblem(refused, 422);
        assertThat(refused.body().path("detail").asText()).isEqualTo("reserve 12 kg but only 7.5 kg available");
        assertThat(refused.body().path("rule").asText()).isEqualTo("insufficient-stock");
        JsonNode unchanged = api().get(path).body();
        assertThat(unchanged.path("reserved").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void cannotReleaseAReservationTwice() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Cocoa", "kg", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        api().post(path + "/receipts", Map.of("quantity", 3));
        String reservation = api().post(path + "/reservations", Map.of("quantity", 1, "reference", "r")).id();
        assertThat(api().post(path + "/reservations/" + reservation + "/release", Map.of()).status()).isEqualTo(200);
        Api.Response again = api().post(path + "/reservations/" + reservation + "/release", Map.of());
        assertProblem(again, 422);
        assertThat(again.body().path("rule").asText()).isEqualTo("reservation-closed");
        assertProblem(api().post(path + "/reservations/" + UUID.randomUUID() + "/issue", Map.of()), 404);
    }

    @Test
    void cannotFindWhatDoesNotExist() {
        assertProblem(api().get("/api/v1/stock-items/" + UUID.randomUUID()), 404);
        assertProblem(api().get("/api/v1/products/" + UUID.randomUUID()), 404);
        assertProblem(api().post("/api/v1/stock-items/" + UUID.randomUUID() + "/receipts", Map.of("quantity", 1)), 404);
        Api.Response badId = api().get("/api/v1/stock-items/not-an-id");
        assertProblem(badId, 400);
        assertThat(firstField(badId)).isEqualTo("id");
    }

    @Test
    void cannotSortOrFilterByNonsense() {
        Api.Response sort = api().get("/api/v1/stock-items?sort=colour");
        assertProblem(sort, 400);
        assertThat(firstField(sort)).isEqualTo("sort");
        Api.Response flag = api().get("/api/v1/stock-items?belowReorderPoint=maybe");
        assertProblem(flag, 400);
        assertThat(firstField(flag)).isEqualTo("belowReorderPoint");
        assertProblem(api().get("/api/v1/stock-items?size=100000"), 400);
    }

    @Test
    void cannotSendAPathThatIsRefusedBeforeAnyController() {
        // Tomcat refuses an encoded slash, a backslash and NUL; Spring Security's firewall a percent and a semicolon
        for (String id : java.util.List.of("a%2Fb", "a%5Cb", "%00", "%25", "a%3Bb")) {
            Api.Response refused = api().get("/api/v1/stock-items/" + id + "/movements");
            assertProblem(refused, 400);
            assertThat(firstField(refused)).as(id).isEqualTo("path");
        }
    }

    @Test
    void cannotSendTextWithNul() {
        Api.Response refused = api().post("/api/v1/warehouses", Map.of("code", unique("NUL"), "name", "A\u0000B"));
        assertProblem(refused, 400);
        assertThat(firstField(refused)).isEqualTo("name");
    }
}
