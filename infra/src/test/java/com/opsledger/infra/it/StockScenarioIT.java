package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StockScenarioIT extends ApplicationIT {

    @Test
    void canRunTheStockLifecycleOverHttpAndReadEachChangeRightAway() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Flour", "kg", 10);
        String path = "/api/v1/stock-items/" + s.stockItemId();

        Api.Response created = api.get(path);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().path("productId").asText()).isEqualTo(s.productId());
        assertThat(created.body().path("warehouseId").asText()).isEqualTo(s.warehouseId());
        assertThat(created.body().path("onHand").decimalValue()).isEqualByComparingTo("0");
        assertThat(created.body().path("belowReorderPoint").asBoolean()).isTrue();

        assertThat(api.post(path + "/receipts", Map.of("quantity", 7.5, "batch", "B-LATE", "expiryDate", "2031-06-01"))
                .status()).isEqualTo(200);
        assertThat(api.post(path + "/receipts", Map.of("quantity", 4, "batch", "B-EARLY", "expiryDate", "2030-01-31"))
                .status()).isEqualTo(200);
        Api.Response reservation = api.post(path + "/reservations", Map.of("quantity", 5.25, "reference", "order-1/line-1"));
        assertThat(reservation.status()).isEqualTo(201);
        assertThat(reservation.header("Location")).isEqualTo(path + "/reservations/" + reservation.id());

        JsonNode reserved = api.get(path).body();
        assertThat(reserved.path("onHand").decimalValue()).isEqualByComparingTo("11.5");
        assertThat(reserved.path("reserved").decimalValue()).isEqualByComparingTo("5.25");
        assertThat(reserved.path("available").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(reserved.path("belowReorderPoint").asBoolean()).isTrue();
        assertThat(reserved.path("onHand").isNumber()).isTrue();

        assertThat(api.post(path + "/reservations/" + reservation.id() + "/issue", Map.of()).status()).isEqualTo(200);
        JsonNode issued = api.get(path).body();
        assertThat(issued.path("onHand").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(issued.path("reserved").decimalValue()).isEqualByComparingTo("0");
        JsonNode batches = issued.path("batches");
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).path("batch").asText()).as("first expiry first out").isEqualTo("B-LATE");
        assertThat(batches.get(0).path("quantity").decimalValue()).isEqualByComparingTo("6.25");

        assertThat(api.post(path + "/adjustments", Map.of("quantity", -0.25, "reason", "count")).status()).isEqualTo(200);
        assertThat(api.post(path + "/write-offs", Map.of("quantity", 1, "reason", "damaged", "batch", "B-LATE"))
                .status()).isEqualTo(200);
        JsonNode last = api.get(path).body();
        assertThat(last.path("onHand").decimalValue()).isEqualByComparingTo("5");
        assertThat(last.path("available").decimalValue()).isEqualByComparingTo("5");

        JsonNode movements = api.get(path + "/movements").body();
        assertThat(movements.path("totalElements").asLong()).isEqualTo(6);
        JsonNode newest = movements.path("content").get(0);
        assertThat(newest.path("type").asText()).isEqualTo("written-off");
        assertThat(newest.path("quantity").decimalValue()).isEqualByComparingTo("-1");
        assertThat(newest.path("onHandAfter").decimalValue()).isEqualByComparingTo("5");
        assertThat(newest.path("reason").asText()).isEqualTo("damaged");
        assertThat(movements.path("content").get(5).path("type").asText()).isEqualTo("received");

        JsonNode reservationView = api.get(path + "/reservations/" + reservation.id()).body();
        assertThat(reservationView.path("status").asText()).isEqualTo("issued");
    }

    @Test
    void canFilterAndPageStockItemsByProductWarehouseAndReorderPoint() {
        Api api = api();
        StockFlows.StockSetup low = StockFlows.stockItem(api, "Sugar", "kg", 100);
        StockFlows.StockSetup high = StockFlows.stockItem(api, "Salt", "kg", 1);
        api.post("/api/v1/stock-items/" + high.stockItemId() + "/receipts", Map.of("quantity", 50));

        JsonNode byProduct = api.get("/api/v1/stock-items?productId=" + low.productId()).body();
        assertThat(byProduct.path("totalElements").asLong()).isEqualTo(1);
        assertThat(byProduct.path("content").get(0).path("id").asText()).isEqualTo(low.stockItemId());

        JsonNode below = api.get("/api/v1/stock-items?warehouseId=" + high.warehouseId() + "&belowReorderPoint=true").body();
        assertThat(below.path("totalElements").asLong()).isZero();
        JsonNode notBelow = api.get("/api/v1/stock-items?warehouseId=" + high.warehouseId() + "&belowReorderPoint=false")
                .body();
        assertThat(notBelow.path("totalElements").asLong()).isEqualTo(1);

        JsonNode paged = api.get("/api/v1/stock-items?size=1&page=0&sort=onHand,desc").body();
        assertThat(paged.path("size").asInt()).isEqualTo(1);
        assertThat(paged.path("content")).hasSize(1);
        assertThat(paged.path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void canChangeAProductsReorderPointAndSeeItOnItsStockItems() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Rice", "kg", 5);
        api.post("/api/v1/stock-items/" + s.stockItemId() + "/receipts", Map.of("quantity", 8));
        assertThat(api.get("/api/v1/stock-items/" + s.stockItemId()).body().path("belowReorderPoint").asBoolean()).isFalse();

        Api.Response updated = api.put("/api/v1/products/" + s.productId(),
                Map.of("name", "Basmati rice", "reorderPoint", 20, "leadTimeDays", 9));
        assertThat(updated.status()).isEqualTo(200);
        JsonNode product = api.get("/api/v1/products/" + s.productId()).body();
        assertThat(product.path("name").asText()).isEqualTo("Basmati rice");
        assertThat(product.path("leadTimeDays").asInt()).isEqualTo(9);
        // The product's answer waited for every PostgreSQL read model, the stock item table included.
        JsonNode item = api.get("/api/v1/stock-items/" + s.stockItemId()).body();
        assertThat(item.path("belowReorderPoint").asBoolean()).isTrue();
        assertThat(item.path("reorderPoint").decimalValue()).isEqualByComparingTo(new BigDecimal("20"));
        assertThat(item.path("productName").asText()).isEqualTo("Basmati rice");
    }

    @Test
    void canRefuseAStaleIfMatchVersionWith409() {
        Api api = api();
        StockFlows.StockSetup s = StockFlows.stockItem(api, "Oil", "l", 0);
        String path = "/api/v1/stock-items/" + s.stockItemId();
        Api.Response current = api.get(path);
        String etag = current.header("ETag");
        assertThat(etag).isNotNull();
        assertThat(api.post(path + "/receipts", Map.of("quantity", 1), Map.of("If-Match", etag)).status()).isEqualTo(200);
        Api.Response stale = api.post(path + "/receipts", Map.of("quantity", 1), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }
}
