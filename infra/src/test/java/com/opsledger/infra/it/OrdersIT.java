package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.kernel.backorder.FindBackorderQuery;
import com.opsledger.kernel.backorder.ListBackordersQuery;
import com.opsledger.kernel.common.PageSpec;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerView;
import com.opsledger.kernel.customer.FindCustomerQuery;
import com.opsledger.kernel.order.FindOrderQuery;
import com.opsledger.kernel.order.ListOrdersQuery;
import com.opsledger.kernel.order.OrderView;
import com.opsledger.query.backorder.BackorderSearchIndex;
import com.opsledger.query.common.Queries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static com.opsledger.infra.it.OrderFlows.assertBackorderAddsUp;
import static com.opsledger.infra.it.OrderFlows.assertLinesAddUp;
import static com.opsledger.infra.it.OrderFlows.number;
import static org.assertj.core.api.Assertions.assertThat;

/** Customer orders and backorders over HTTP: reservation, shortfall, allocation on arrival, mail, cancellation. */
class OrdersIT extends ApplicationIT {

    @Autowired
    private Queries queries;
    @Autowired
    private BackorderSearchIndex searchIndex;

    @Test
    void anOrderBiggerThanStockIsBackorderedAndFilledAsStockArrivesInTwoParts() throws Exception {
        Api api = api();
        String email = unique("buyer").toLowerCase() + "@example.com";
        String customerId = OrderFlows.customer(api, "Erika Müller", email, "gold");
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Gear", "pcs", 0);
        OrderFlows.receive(api, stock.stockItemId(), 6);

        String orderId = OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 10);

        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("backordered"));
        JsonNode line = order.path("lines").get(0);
        assertThat(number(line, "reserved")).isEqualByComparingTo("6");
        assertThat(number(line, "backordered")).isEqualByComparingTo("4");
        assertThat(line.path("status").asText()).isEqualTo("backordered");
        assertLinesAddUp(order);
        String backorderId = line.path("backorderId").asText();

        JsonNode backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> true);
        assertThat(backorder.path("status").asText()).isEqualTo("pending");
        assertThat(number(backorder, "quantity")).isEqualByComparingTo("4");
        assertThat(number(backorder, "remaining")).isEqualByComparingTo("4");
        assertThat(backorder.path("orderId").asText()).isEqualTo(orderId);
        assertThat(backorder.path("lineId").asText()).isEqualTo(line.path("id").asText());
        assertThat(backorder.path("customerId").asText()).isEqualTo(customerId);
        assertThat(backorder.path("productId").asText()).isEqualTo(stock.productId());
        assertThat(backorder.path("warehouseId").asText()).isEqualTo(stock.warehouseId());
        assertThat(backorder.path("etaBasis").asText()).isEqualTo("lead-time");
        assertThat(backorder.path("eta").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        assertThat(backorder.path("slaDueDate").isTextual()).isTrue();
        assertThat(backorder.path("slaState").asText()).isEqualTo("on-track");
        assertThat(backorder.path("priority").asInt()).isEqualTo(300);
        assertStock(api, stock.stockItemId(), "6", "6", "0");

        OrderFlows.receive(api, stock.stockItemId(), 3);
        backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId,
                b -> b.path("status").asText().equals("in-progress"));
        assertThat(number(backorder, "allocated")).isEqualByComparingTo("3");
        assertThat(number(backorder, "remaining")).isEqualByComparingTo("1");
        assertThat(backorder.path("allocations")).hasSize(1);
        assertBackorderAddsUp(backorder);
        order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> number(o.path("lines").get(0), "reserved").intValue() == 9);
        assertThat(number(order.path("lines").get(0), "allocated")).isEqualByComparingTo("3");
        assertThat(number(order.path("lines").get(0), "backordered")).isEqualByComparingTo("1");
        assertLinesAddUp(order);

        OrderFlows.receive(api, stock.stockItemId(), 2);
        backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId,
                b -> b.path("status").asText().equals("fulfilled"));
        assertThat(number(backorder, "allocated")).isEqualByComparingTo("4");
        assertThat(number(backorder, "remaining")).isEqualByComparingTo("0");
        assertThat(backorder.path("allocations")).hasSize(2);
        assertThat(backorder.path("slaState").asText()).isEqualTo("met");
        assertBackorderAddsUp(backorder);
        order = Eventually.get(api, "/api/v1/orders/" + orderId, o -> o.path("status").asText().equals("fulfilled"));
        assertThat(number(order.path("lines").get(0), "reserved")).isEqualByComparingTo("10");
        assertThat(order.path("lines").get(0).path("status").asText()).isEqualTo("fulfilled");
        assertLinesAddUp(order);
        // received 6 + 3 + 2; 10 reserved for the customer, 1 left for anyone
        assertStock(api, stock.stockItemId(), "11", "10", "1");

        List<String> subjects = awaitMail(email, 3);
        assertThat(subjects).containsExactly("Backorder for Gear " + stock.sku() + " (" + stock.sku() + ")",
                "Part of your backorder has arrived", "Your backorder is complete");
        JsonNode notifications = Eventually.get(api, "/api/v1/notifications?backorderId=" + backorderId,
                n -> n.path("totalElements").asInt() == 4);
        List<String> kinds = new ArrayList<>();
        notifications.path("content").forEach(n ->
                kinds.add(n.path("kind").asText() + "/" + n.path("status").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("backorder-created/sent", "partly-filled/sent", "filled/sent",
                "supplier-need/recorded");

        BackorderSearchIndex.Document indexed = eventuallyIndexed(backorderId, d -> d.status().equals("fulfilled"));
        assertThat(indexed.allocated()).isEqualByComparingTo("4");
        assertThat(indexed.customerId()).isEqualTo(customerId);
        assertThat(indexed.slaState()).isEqualTo("met");
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time = ?", Long.class,
                java.sql.Timestamp.from(java.time.Instant.parse(backorder.path("slaDueDate").asText()))))
                .as("the SLA deadlines of a fulfilled backorder are dropped").isZero();

        JsonNode report = Eventually.get(api, "/api/v1/reports/backorders?customerId=" + customerId,
                r -> r.path("byStatus").path("fulfilled").asLong() == 1);
        assertThat(report.path("total").asLong()).isEqualTo(1);
        assertThat(report.path("remaining").decimalValue()).isEqualByComparingTo("0");
        assertThat(report.path("bySlaState").path("met").asLong()).isEqualTo(1);
        assertThat(report.path("byProduct").path(stock.productId()).asLong()).isEqualTo(1);
        assertThat(report.path("byAge").path("under-1d").asLong()).isEqualTo(1);

        JsonNode list = api.get("/api/v1/backorders?customerId=" + customerId + "&status=fulfilled").body();
        assertThat(list.path("totalElements").asInt()).isEqualTo(1);
        JsonNode orders = api.get("/api/v1/orders?customerId=" + customerId + "&status=fulfilled").body();
        assertThat(orders.path("content").get(0).path("id").asText()).isEqualTo(orderId);
    }

    @Test
    void parallelArrivalsNeverAllocateAUnitTwiceNorOverfillABackorder() throws Exception {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Bolt", "pcs", 0);
        String standard = OrderFlows.customer(api, "Standard Customer", unique("s").toLowerCase() + "@example.com",
                "standard");
        String gold = OrderFlows.customer(api, "Gold Customer", unique("g").toLowerCase() + "@example.com", "gold");
        String standardOrder = OrderFlows.order(api, standard, stock.warehouseId(), stock.productId(), 5);
        String goldOrder = OrderFlows.order(api, gold, stock.warehouseId(), stock.productId(), 5);
        String standardBackorder = backorderOf(api, standardOrder);
        String goldBackorder = backorderOf(api, goldOrder);

        int arrivals = 8;
        ExecutorService pool = Executors.newFixedThreadPool(arrivals);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < arrivals; i++) {
            Callable<Integer> receipt = () -> {
                start.await();
                return api.post("/api/v1/stock-items/" + stock.stockItemId() + "/receipts", Map.of("quantity", 1))
                        .status();
            };
            answers.add(pool.submit(receipt));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();

        JsonNode goldView = Eventually.get(api, "/api/v1/backorders/" + goldBackorder,
                b -> b.path("status").asText().equals("fulfilled"));
        JsonNode standardView = Eventually.get(api, "/api/v1/backorders/" + standardBackorder,
                b -> number(b, "allocated").intValue() == 3);
        assertBackorderAddsUp(goldView);
        assertBackorderAddsUp(standardView);
        assertThat(number(standardView, "remaining")).isEqualByComparingTo("2");
        assertStock(api, stock.stockItemId(), "8", "8", "0");
        Thread.sleep(500);
        assertThat(number(api.get("/api/v1/backorders/" + standardBackorder).body(), "allocated"))
                .isEqualByComparingTo("3");
        JsonNode standardOrderView = Eventually.get(api, "/api/v1/orders/" + standardOrder,
                o -> number(o.path("lines").get(0), "reserved").intValue() == 3);
        assertLinesAddUp(standardOrderView);
        assertLinesAddUp(Eventually.get(api, "/api/v1/orders/" + goldOrder,
                o -> o.path("status").asText().equals("fulfilled")));
    }

    @Test
    void cancellingALineReleasesItsStockAndCancelsItsBackorder() {
        Api api = api();
        OrderFlows.PlacedOrder placed = OrderFlows.newCustomerOrders(api, "Nut", 6, "Max Mustermann", "silver", 10);
        StockFlows.StockSetup stock = placed.stock();
        String orderId = placed.orderId();
        String backorderId = backorderOf(api, orderId);
        JsonNode order = api.get("/api/v1/orders/" + orderId).body();
        String lineId = order.path("lines").get(0).path("id").asText();

        Api.Response cancelled = api.post("/api/v1/orders/" + orderId + "/lines/" + lineId + "/cancellation",
                Map.of("reason", "no longer needed"));
        assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);

        JsonNode backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId,
                b -> b.path("status").asText().equals("cancelled"));
        assertBackorderAddsUp(backorder);
        order = Eventually.get(api, "/api/v1/orders/" + orderId, o -> o.path("status").asText().equals("cancelled"));
        assertThat(number(order.path("lines").get(0), "cancelled")).isEqualByComparingTo("10");
        assertLinesAddUp(order);
        Eventually.get(api, "/api/v1/stock-items/" + stock.stockItemId(),
                s -> number(s, "reserved").signum() == 0 && number(s, "available").intValue() == 6);

        Api.Response again = api.post("/api/v1/orders/" + orderId + "/cancellation", Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("rule").asText()).isEqualTo("order-cancelled");
    }

    @Test
    void aCancelledBackorderLeavesTheLineWithWhatWasReservedAndAManagerCanReprioritize() {
        Api api = api();
        OrderFlows.PlacedOrder placed = OrderFlows.newCustomerOrders(api, "Washer", 2, "Jane Doe", "standard", 5);
        StockFlows.StockSetup stock = placed.stock();
        String orderId = placed.orderId();
        String backorderId = backorderOf(api, orderId);

        Api.Response prioritized = api.post("/api/v1/backorders/" + backorderId + "/priority",
                Map.of("priority", 900, "reason", "key account escalation"));
        assertThat(prioritized.status()).as(prioritized.body().toString()).isEqualTo(200);
        JsonNode backorder = api.get("/api/v1/backorders/" + backorderId).body();
        assertThat(backorder.path("priority").asInt()).isEqualTo(900);
        assertThat(backorder.path("priorityReason").asText()).isEqualTo("key account escalation");
        assertThat(api.post("/api/v1/backorders/" + backorderId + "/priority", Map.of("priority", 900)).status())
                .isEqualTo(400);

        Api.Response cancelled = api.post("/api/v1/backorders/" + backorderId + "/cancellation",
                Map.of("reason", "customer takes what is there"));
        assertThat(cancelled.status()).isEqualTo(200);
        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> o.path("status").asText().equals("fulfilled"));
        JsonNode line = order.path("lines").get(0);
        assertThat(number(line, "reserved")).isEqualByComparingTo("2");
        assertThat(number(line, "cancelled")).isEqualByComparingTo("3");
        assertLinesAddUp(order);
        assertStock(api, stock.stockItemId(), "2", "2", "0");
    }

    @Test
    void customersAreCreatedUpdatedAndFoundAndOrdersRefuseWhatCannotBeServed() {
        Api api = api();
        String name = unique("Zed");
        String customerId = OrderFlows.customer(api, name, name.toLowerCase() + "@example.com", "silver");
        JsonNode found = api.get("/api/v1/customers?q=" + name.toLowerCase()).body();
        assertThat(found.path("totalElements").asInt()).isEqualTo(1);
        assertThat(found.path("content").get(0).path("addresses").get(0).path("city").asText()).isEqualTo("Berlin");

        Api.Response updated = api.put("/api/v1/customers/" + customerId, Map.of("name", name + " Ltd",
                "email", "new-" + name.toLowerCase() + "@example.com", "tier", "gold",
                "communicationPreference", "none"));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        JsonNode customer = api.get("/api/v1/customers/" + customerId).body();
        assertThat(customer.path("tier").asText()).isEqualTo("gold");
        assertThat(customer.path("communicationPreference").asText()).isEqualTo("none");

        Api.Response badTier = api.post("/api/v1/customers", Map.of("name", "X", "email", "x@example.com",
                "tier", "platinum"));
        assertThat(badTier.status()).isEqualTo(400);

        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Pin", "pcs", 0);
        String otherProduct = StockFlows.product(api, unique("SKU"), "Unstocked", "pcs", 0);
        Api.Response unstocked = api.post("/api/v1/orders", Map.of("customerId", customerId,
                "warehouseId", stock.warehouseId(),
                "lines", List.of(Map.of("productId", otherProduct, "quantity", 1))));
        assertThat(unstocked.status()).isEqualTo(422);
        assertThat(unstocked.body().path("rule").asText()).isEqualTo("product-not-stocked");
        Api.Response unknownCustomer = api.post("/api/v1/orders", Map.of("customerId", java.util.UUID.randomUUID()
                .toString(), "warehouseId", stock.warehouseId(), "lines",
                List.of(Map.of("productId", stock.productId(), "quantity", 1))));
        assertThat(unknownCustomer.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void slaDeadlinesAreKeptInTheDatabaseAndMarkTheBackorderAtRiskThenBreachedWhenDue() {
        Api api = api();
        OrderFlows.PlacedOrder placed = OrderFlows.newCustomerOrders(api, "Spring", 0, "Late Larry", "standard", 3);
        String customerId = placed.customerId();
        String backorderId = backorderOf(api, placed.orderId());
        java.time.Instant due = java.time.Instant.parse(api.get("/api/v1/backorders/" + backorderId).body()
                .path("slaDueDate").asText());
        assertThat(due).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(13)));

        // the durable deadlines wait in PostgreSQL: make their time come, as a clock would
        assertThat(moveDeadline(due.minus(java.time.Duration.ofDays(2)))).isEqualTo(1);
        Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> b.path("slaState").asText().equals("at-risk"));
        assertThat(moveDeadline(due)).isEqualTo(1);
        Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> b.path("slaState").asText().equals("breached"));
        JsonNode breached = Eventually.get(api, "/api/v1/backorders?slaState=breached&customerId=" + customerId,
                l -> l.path("totalElements").asInt() == 1);
        assertThat(breached.path("content").get(0).path("id").asText()).isEqualTo(backorderId);
        eventuallyIndexed(backorderId, d -> d.slaState().equals("breached"));
    }

    @Test
    void aNewLeadTimeMovesTheEtaOfBackordersEstimatedFromItAndTellsTheCustomer() throws Exception {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Hinge", "pcs", 0);
        String email = unique("eta").toLowerCase() + "@example.com";
        String customerId = OrderFlows.customer(api, "Eta Customer", email, "silver");
        String orderId = OrderFlows.order(api, customerId, stock.warehouseId(), stock.productId(), 2);
        String backorderId = backorderOf(api, orderId);

        Api.Response updated = api.put("/api/v1/products/" + stock.productId(), Map.of("name", "Hinge",
                "reorderPoint", 0, "leadTimeDays", 20));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);

        String expected = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
        JsonNode backorder = Eventually.get(api, "/api/v1/backorders/" + backorderId,
                b -> b.path("eta").asText().equals(expected));
        assertThat(backorder.path("etaBasis").asText()).isEqualTo("lead-time");
        assertThat(awaitMail(email, 2)).contains("New expected date for your backorder");
    }

    @Test
    void aCustomersQueriesAreScopedToTheirOwnRecords() {
        Api api = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(api, "Clip", "pcs", 0);
        String mine = OrderFlows.customer(api, "Mine", unique("mine").toLowerCase() + "@example.com", "standard");
        String theirs = OrderFlows.customer(api, "Theirs", unique("theirs").toLowerCase() + "@example.com", "gold");
        String myOrder = OrderFlows.order(api, mine, stock.warehouseId(), stock.productId(), 1);
        String theirOrder = OrderFlows.order(api, theirs, stock.warehouseId(), stock.productId(), 1);
        String theirBackorder = backorderOf(api, theirOrder);
        backorderOf(api, myOrder);

        assertThat(ask(new FindOrderQuery(myOrder, mine), OrderView.class)).isNotNull();
        assertThat(ask(new FindOrderQuery(theirOrder, mine), OrderView.class)).isNull();
        assertThat(ask(new FindBackorderQuery(theirBackorder, mine), BackorderView.class)).isNull();
        assertThat(ask(new FindCustomerQuery(theirs, mine), CustomerView.class)).isNull();
        PageView<?> backorders = queries.page(new ListBackordersQuery(null, null, stock.productId(), null, null,
                mine, new PageSpec(0, 20, "createdAt", true)));
        assertThat(backorders.totalElements()).isEqualTo(1);
        PageView<?> orders = queries.page(new ListOrdersQuery(theirs, null, null, null, mine,
                new PageSpec(0, 20, "placedAt", true)));
        assertThat(orders.totalElements()).isZero();
    }

    @Test
    void theOrderEndpointsAreDescribedWithoutTheCallerAsAParameter() {
        JsonNode paths = api().get("/v3/api-docs").body().path("paths");
        for (String path : List.of("/api/v1/customers", "/api/v1/customers/{id}", "/api/v1/orders",
                "/api/v1/orders/{id}", "/api/v1/orders/{id}/cancellation",
                "/api/v1/orders/{id}/lines/{lineId}/cancellation",
                "/api/v1/backorders", "/api/v1/backorders/{id}", "/api/v1/backorders/{id}/priority",
                "/api/v1/backorders/{id}/cancellation", "/api/v1/notifications")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.toString()).doesNotContain("\"caller\"");
    }

    private <V> V ask(Object query, Class<V> type) {
        return queries.ask(query, type);
    }

    private int moveDeadline(java.time.Instant executionTime) {
        return jdbc.update("update scheduled_tasks set execution_time = now() where execution_time = ?",
                java.sql.Timestamp.from(executionTime));
    }

    private BackorderSearchIndex.Document eventuallyIndexed(String backorderId,
                                                            Predicate<BackorderSearchIndex.Document> condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            var found = searchIndex.get(backorderId);
            if (found.isPresent() && condition.test(found.get())) {
                return found.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("backorder " + backorderId + " not indexed as expected: " + found);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String backorderOf(Api api, String orderId) {
        JsonNode order = Eventually.get(api, "/api/v1/orders/" + orderId,
                o -> !o.path("lines").get(0).path("backorderId").isNull()
                        && !o.path("lines").get(0).path("backorderId").isMissingNode());
        String backorderId = order.path("lines").get(0).path("backorderId").asText();
        Eventually.get(api, "/api/v1/backorders/" + backorderId, b -> true);
        return backorderId;
    }

    private static void assertStock(Api api, String stockItemId, String onHand, String reserved, String available) {
        JsonNode item = Eventually.get(api, "/api/v1/stock-items/" + stockItemId,
                s -> number(s, "onHand").compareTo(new java.math.BigDecimal(onHand)) == 0
                        && number(s, "reserved").compareTo(new java.math.BigDecimal(reserved)) == 0);
        assertThat(number(item, "available")).isEqualByComparingTo(available);
    }

    private static List<String> awaitMail(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        List<MimeMessage> messages = TestMailServer.messagesTo(recipient);
        while (messages.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            messages = TestMailServer.messagesTo(recipient);
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
