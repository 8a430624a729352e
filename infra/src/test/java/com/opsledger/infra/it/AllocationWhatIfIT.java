package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if over a real history: a standard customer's backorder waits longest, two gold customers' arrive after,
 * and stock comes in that the real policy (priority first) gives to the gold ones. Served oldest first instead, the
 * same stock fills one backorder instead of two.
 */
class AllocationWhatIfIT extends ApplicationIT {

    @Test
    void canShowThatServingTheOldestFirstWouldHaveFilledFewerBackorders() {
        Api admin = api();
        Instant from = Instant.now().minusSeconds(60);
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "What If", "pcs", 0);
        String standard = OrderFlows.customer(admin, "What If Standard", unique("w").toLowerCase() + "@example.com",
                "standard");
        String[] gold = {OrderFlows.customer(admin, "What If Gold", unique("g").toLowerCase() + "@example.com", "gold"),
            OrderFlows.customer(admin, "What If Gold Too", unique("h").toLowerCase() + "@example.com", "gold")};
        String waitsLongest = backordered(admin, OrderFlows.order(admin, standard, stock.warehouseId(),
                stock.productId(), 10));
        String first = backordered(admin, OrderFlows.order(admin, gold[0], stock.warehouseId(), stock.productId(), 2));
        String second = backordered(admin, OrderFlows.order(admin, gold[1], stock.warehouseId(), stock.productId(), 3));
        OrderFlows.receive(admin, stock.stockItemId(), 10);
        for (String filled : List.of(first, second)) {
            Eventually.get(admin, "/api/v1/backorders/" + filled, b -> b.path("status").asText().equals("fulfilled"));
        }
        Eventually.get(admin, "/api/v1/backorders/" + waitsLongest,
                b -> b.path("allocated").decimalValue().intValue() == 5);

        Api.Response answer = admin.post("/api/v1/analysis/allocation-what-if", Map.of("from", from.toString(),
                "to", Instant.now().plusSeconds(60).toString(), "productId", stock.productId(),
                "policy", Map.of("order", List.of("age"))));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode actual = answer.body().path("actual");
        JsonNode alternative = answer.body().path("alternative");
        assertThat(actual.path("backorders").asInt()).isEqualTo(3);
        assertThat(actual.path("fillRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(actual.path("byTier").path("GOLD").path("filled").asInt()).isEqualTo(2);
        assertThat(alternative.path("fillRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(alternative.path("byTier").path("STANDARD").path("filled").asInt()).isEqualTo(1);
        assertThat(alternative.path("byTier").path("GOLD").path("filled").asInt()).isZero();

        Api.Response same = admin.post("/api/v1/analysis/allocation-what-if", Map.of("from", from.toString(),
                "to", Instant.now().plusSeconds(60).toString(), "productId", stock.productId(),
                "policy", Map.of("order", List.of("priority", "dueDate", "age"))));
        assertThat(same.body().path("alternative").path("fillRate").decimalValue())
                .as("the policy in force reproduces what happened").isEqualByComparingTo("0.6667");
    }

    @Test
    void cannotAskForAnUnknownOrderOrAnUnknownJob() {
        Api.Response refused = api().post("/api/v1/analysis/allocation-what-if", Map.of("from",
                "2026-01-01T00:00:00Z", "to", "2026-02-01T00:00:00Z", "policy", Map.of("order", List.of("size"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("policy.order");
        Api.Response backwards = api().post("/api/v1/analysis/allocation-what-if", Map.of("from",
                "2026-02-01T00:00:00Z", "to", "2026-01-01T00:00:00Z", "policy", Map.of("order", List.of("age"))));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/analysis/jobs/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static String backordered(Api admin, String orderId) {
        return Eventually.get(admin, "/api/v1/orders/" + orderId,
                order -> order.path("lines").get(0).path("backorderId").isTextual())
                .path("lines").get(0).path("backorderId").asText();
    }
}
