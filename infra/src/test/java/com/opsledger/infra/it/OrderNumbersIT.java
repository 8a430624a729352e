package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.opsledger.infra.it.OrderFlows.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed random sequence of orders, arrivals and cancellations on one stock item; once everything has settled,
 * every figure adds up: each line, each backorder, the stock item against the lines, and no stock sits available
 * while a backorder waits for it.
 */
class OrderNumbersIT extends ApplicationIT {

    @ParameterizedTest
    @ValueSource(longs = {20261123L, 7L, 42L})
    void anySequenceOfOrdersArrivalsAndCancellationsAddsUp(long seed) throws Exception {
        Api api = api();
        Random random = new Random(seed);
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Mixed", "pcs", 0);
        OrderFlows.receive(api, stock.stockItemId(), 3);
        List<String> customers = List.of(
                OrderFlows.customer(api, "Std", unique("n1").toLowerCase() + "@example.com", "standard"),
                OrderFlows.customer(api, "Sil", unique("n2").toLowerCase() + "@example.com", "silver"),
                OrderFlows.customer(api, "Gld", unique("n3").toLowerCase() + "@example.com", "gold"));
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(OrderFlows.order(api, customers.get(random.nextInt(3)), stock.warehouseId(), stock.productId(),
                    1 + random.nextInt(6)));
        }
        for (int step = 0; step < 14; step++) {
            int action = random.nextInt(4);
            String orderId = orders.get(random.nextInt(orders.size()));
            if (action == 0) {
                OrderFlows.receive(api, stock.stockItemId(), 1 + random.nextInt(4));
            } else if (action == 1) {
                orders.add(OrderFlows.order(api, customers.get(random.nextInt(3)), stock.warehouseId(),
                        stock.productId(), 1 + random.nextInt(5)));
            } else if (action == 2) {
                JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId, o -> true);
                String lineId = order.path("lines").get(0).path("id").asText();
                int status = api.post("/api/v1/orders/" + orderId + "/lines/" + lineId + "/cancellation", Map.of())
                        .status();
                assertThat(status).isIn(200, 422);
            } else {
                JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId, o -> true);
                String backorderId = order.path("lines").get(0).path("backorderId").asText(null);
                if (backorderId != null && api.get("/api/v1/backorders/" + backorderId).status() == 200) {
                    assertThat(api.post("/api/v1/backorders/" + backorderId + "/cancellation", Map.of()).status())
                            .isIn(200, 422);
                }
            }
            Thread.sleep(random.nextInt(150));
        }

        long deadline = System.currentTimeMillis() + 30_000;
        String problem;
        do {
            problem = whatDoesNotAddUp(api, stock, orders);
            if (problem != null) {
                Thread.sleep(200);
            }
        } while (problem != null && System.currentTimeMillis() < deadline);
        assertThat(problem).as("after settling").isNull();
    }

    /** Null when every figure adds up, otherwise what does not. */
    private static String whatDoesNotAddUp(Api api, StockFlows.StockSetup stock, List<String> orders) {
        BigDecimal reservedOnLines = BigDecimal.ZERO;
        boolean backorderWaiting = false;
        for (String orderId : orders) {
            JsonNode order = api.get("/api/v1/orders/" + orderId).body();
            for (JsonNode line : order.path("lines")) {
                BigDecimal sum = number(line, "reserved").add(number(line, "backordered")).add(number(line, "cancelled"))
                        .add(number(line, "pending"));
                if (sum.compareTo(number(line, "quantity")) != 0 || number(line, "pending").signum() != 0) {
                    return "line does not add up or is still pending: " + line;
                }
                reservedOnLines = reservedOnLines.add(number(line, "reserved"));
                String backorderId = line.path("backorderId").asText(null);
                if (backorderId != null) {
                    JsonNode backorder = api.get("/api/v1/backorders/" + backorderId).body();
                    if (number(backorder, "allocated").add(number(backorder, "remaining"))
                            .compareTo(number(backorder, "quantity")) != 0) {
                        return "backorder does not add up: " + backorder;
                    }
                    String status = backorder.path("status").asText();
                    if (status.equals("pending") || status.equals("in-progress")) {
                        backorderWaiting = true;
                        if (number(backorder, "remaining").compareTo(number(line, "backordered")) != 0) {
                            return "backorder and line disagree: " + backorder + " / " + line;
                        }
                    }
                }
            }
        }
        JsonNode item = api.get("/api/v1/stock-items/" + stock.stockItemId()).body();
        if (number(item, "reserved").compareTo(reservedOnLines) != 0) {
            return "stock reserved " + item.path("reserved") + " but lines hold " + reservedOnLines;
        }
        if (number(item, "onHand").subtract(number(item, "reserved")).compareTo(number(item, "available")) != 0) {
            return "stock item does not add up: " + item;
        }
        if (backorderWaiting && number(item, "available").signum() > 0) {
            return "stock available while a backorder waits: " + item;
        }
        return null;
    }
}
