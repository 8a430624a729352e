package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer, order and backorder read models rebuild from the event store to exactly what they were. */
class OrderReplayIT extends ApplicationIT {

    @Test
    void canReplayCustomersOrdersAndBackordersAndRebuildThemExactly() {
        Api api = api();
        OrderFlows.PlacedOrder ordered = OrderFlows.newCustomerOrders(api, "Replayed order", 4, "Replay Customer",
                "silver", 7);
        StockFlows.StockSetup stock = ordered.stock();
        String customerId = ordered.customerId();
        String orderId = ordered.orderId();
        JsonNode placed = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("backordered"));
        String backorderId = placed.path("lines").get(0).path("backorderId").asText();
        OrderFlows.receive(api, stock.stockItemId(), 2);
        Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> b.path("status").asText().equals("in-progress"));
        assertThat(api.post("/api/v1/backorders/" + backorderId + "/priority",
                Map.of("priority", 700, "reason", "replayed")).status()).isEqualTo(200);
        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> OrderFlows.number(o.path("lines").get(0), "allocated").intValue() == 2);
        JsonNode backorder = api.get("/api/v1/backorders/" + backorderId).body();
        JsonNode customer = api.get("/api/v1/customers/" + customerId).body();

        for (String projection : new String[]{"customers-postgres", "orders-postgres", "backorders-postgres"}) {
            Api.Response replay = api.post("/api/v1/admin/projections/" + projection + "/replay", Map.of());
            assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
            Eventually.get(api, "/api/v1/admin/projections/" + projection,
                    p -> "live".equals(p.path("state").asText())
                            && p.path("position").asLong() == p.path("head").asLong());
        }

        assertThat(Eventually.get(api, "/api/v1/orders/" + orderId, o -> true)).isEqualTo(order);
        assertThat(Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> true)).isEqualTo(backorder);
        assertThat(Eventually.get(api, "/api/v1/customers/" + customerId, c -> true)).isEqualTo(customer);
    }
}
