package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.infra.it.OrderFlows.number;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The backorder dashboard over a seeded story of priced products in one category, one backorder filled. */
class DashboardStoryIT extends ApplicationIT {

    @Test
    void canShowFillRateFulfilmentTimeOutstandingValueAndTheDailySeriesOfAStory() {
        Api api = api();
        String category = unique("Dairy");
        String supplierId = ProcurementFlows.activeSupplier(api, unique("SUP"));
        StockFlows.StockSetup milk = StockFlows.stockItem(api, "Milk", "pcs", 0);
        String cheese = StockFlows.product(api, unique("SKU"), "Cheese", "pcs", 0);
        ok(api.post("/api/v1/stock-items", Map.of("productId", cheese, "warehouseId", milk.warehouseId())));
        product(api, milk.productId(), category, "1.25");
        product(api, cheese, category, "8");
        ok(api.put("/api/v1/products/" + milk.productId() + "/preferred-supplier", Map.of("supplierId", supplierId)));
        String customerId = OrderFlows.customer(api, "Dash Buyer", unique("dash").toLowerCase() + "@example.com",
                "gold");

        // 10 milk and 3 cheese backordered: 12.50 and 24.00 outstanding; then 10 milk arrive and fill the first
        String milkOrder = OrderFlows.order(api, customerId, milk.warehouseId(), milk.productId(), 10);
        OrderFlows.order(api, customerId, milk.warehouseId(), cheese, 3);
        String path = "/api/v1/dashboards/backorders?category=" + category;
        JsonNode before = Eventually.get(api, path, d -> d.path("open").asLong() == 2);
        assertThat(number(before, "outstandingValue")).isEqualByComparingTo("36.50");
        assertThat(before.path("filled").asLong()).isZero();
        assertThat(number(before, "fillRate")).isEqualByComparingTo("0");
        assertThat(before.path("averageFulfilmentHours").isNull()).isTrue();

        OrderFlows.receive(api, milk.stockItemId(), 10);
        Eventually.get(api, "/api/v1/orders/" + milkOrder, o -> o.path("status").asText().equals("fulfilled"));
        JsonNode after = Eventually.get(api, path, d -> d.path("filled").asLong() == 1);
        assertThat(number(after, "fillRate")).isEqualByComparingTo("0.5");
        assertThat(number(after, "outstandingValue")).isEqualByComparingTo("24.00");
        assertThat(after.path("open").asLong()).isEqualTo(1);
        assertThat(after.path("atRisk").asLong()).isZero();
        assertThat(after.path("breached").asLong()).isZero();
        assertThat(number(after, "averageFulfilmentHours")).isBetween(BigDecimal.ZERO, new BigDecimal("0.1"));
        assertThat(number(after, "p90FulfilmentHours")).isEqualByComparingTo(number(after, "averageFulfilmentHours"));

        JsonNode series = after.path("series");
        assertThat(series.size()).isBetween(30, 31);
        JsonNode today = series.get(series.size() - 1);
        assertThat(Instant.parse(today.path("at").asText()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(today.path("created").asLong()).isEqualTo(2);
        assertThat(today.path("filled").asLong()).isEqualTo(1);
        assertThat(number(today, "outstandingValue")).isEqualByComparingTo("24.00");
        assertThat(series.get(0).path("created").asLong()).isZero();

        // the filters narrow it: the milk's supplier has only the filled one; another warehouse has none
        JsonNode bySupplier = api.get(path + "&supplierId=" + supplierId).body();
        assertThat(bySupplier.path("filled").asLong()).isEqualTo(1);
        assertThat(number(bySupplier, "fillRate")).isEqualByComparingTo("1");
        assertThat(bySupplier.path("open").asLong()).isZero();
        JsonNode elsewhere = api.get(path + "&warehouseId=" + java.util.UUID.randomUUID() + "&interval=week").body();
        assertThat(elsewhere.path("filled").asLong()).isZero();
        assertThat(elsewhere.path("fillRate").isNull()).isTrue();
        assertThat(number(elsewhere, "outstandingValue")).isEqualByComparingTo("0");
        assertThat(elsewhere.path("series").size()).isBetween(5, 6);
    }

    @Test
    void canAnswerWithEveryFieldWithoutParametersAndRefuseABadPeriod() {
        Api api = api();
        JsonNode dashboard = api.get("/api/v1/dashboards/backorders").body();
        for (String field : List.of("filled", "fillRate", "averageFulfilmentHours", "p90FulfilmentHours",
                "outstandingValue", "open", "atRisk", "breached", "series")) {
            assertThat(dashboard.has(field)).as(field).isTrue();
        }
        assertThat(dashboard.path("series").size()).isBetween(30, 31);
        JsonNode monthly = api.get("/api/v1/dashboards/backorders?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z"
                + "&interval=month").body();
        assertThat(monthly.path("series").findValuesAsText("at"))
                .containsExactly("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z");
        assertRefused(api, "?interval=hour", "interval");
        assertRefused(api, "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to");
        assertRefused(api, "?from=yesterday", "from");
        assertRefused(api, "?from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        Api portal = Accounts.create(api, "customer-portal", java.util.UUID.randomUUID().toString(), null).api(port);
        assertThat(portal.get("/api/v1/dashboards/backorders").status()).isEqualTo(403);
    }

    private static void assertRefused(Api api, String query, String field) {
        Api.Response refused = api.get("/api/v1/dashboards/backorders" + query);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        assertThat(refused.body().toString()).contains(field);
    }

    private static void product(Api api, String productId, String category, String price) {
        JsonNode product = api.get("/api/v1/products/" + productId).body();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", product.path("name").asText());
        body.put("reorderPoint", 0);
        body.put("leadTimeDays", 5);
        body.put("category", category);
        body.put("price", new BigDecimal(price));
        body.put("currency", "EUR");
        ok(api.put("/api/v1/products/" + productId, body));
    }
}
