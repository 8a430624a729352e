package com.opsledger.infra.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream over real HTTP: resume without gaps, scoping as reads, heartbeats and the cap per user. */
class LiveStreamIT extends ApplicationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void canResumeAfterTheLastEventSeenWithoutAGap() {
        Api admin = api();
        // an administrator of their own, whose streams no other test holds open
        String watcher = Accounts.create(admin, "admin").api(port).token();
        long seenUpTo;
        try (LiveStreamClient stream = LiveStreamClient.open(port, watcher, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            String customerId = OrderFlows.customer(admin, "Streamed Before", unique("s").toLowerCase()
                    + "@example.com", "standard");
            LiveStreamClient.Event created = stream.next(event -> event.name().equals("change")
                    && event.data().path("id").asText().equals(customerId), WAIT);
            assertThat(created.data().path("type").asText()).isEqualTo("customer");
            assertThat(created.data().path("eventType").asText()).isEqualTo("CustomerCreatedEvent");
            assertThat(created.id()).isEqualTo(created.data().path("globalIndex").asText());
            assertThat(created.data().path("at").asText()).isNotBlank();
            seenUpTo = created.data().path("globalIndex").asLong();
        }
        // while no stream is open: a product, its stock, a customer and an order that backorders
        OrderFlows.PlacedOrder missed = OrderFlows.newCustomerOrders(admin, "Streamed While Away", 1,
                "Streamed Away", "standard", 3);
        Eventually.get(admin, "/api/v1/orders/" + missed.orderId(),
                order -> order.path("lines").get(0).path("backorderId").isTextual());
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);

        try (LiveStreamClient resumed = LiveStreamClient.open(port, watcher, Long.toString(seenUpTo))) {
            assertThat(resumed.status()).isEqualTo(200);
            resumed.next(event -> event.name().equals("change")
                    && event.data().path("globalIndex").asLong() >= head, WAIT);
            List<Long> received = resumed.changes().stream().map(event -> event.data().path("globalIndex").asLong())
                    .filter(index -> index <= head).toList();
            List<Long> stored = jdbc.queryForList("select global_index from domain_event_entry where global_index > ? "
                    + "and global_index <= ? order by global_index", Long.class, seenUpTo, head);
            assertThat(received).as("every change after the last one seen, once, in order").isEqualTo(stored);
            assertThat(resumed.changes()).anyMatch(event -> event.data().path("type").asText().equals("order")
                    && event.data().path("id").asText().equals(missed.orderId()));
            assertThat(resumed.changes()).anyMatch(event -> event.data().path("type").asText().equals("backorder"));
            assertThat(resumed.changes()).anyMatch(event -> event.data().path("type").asText().equals("stock-item")
                    && event.data().path("id").asText().equals(missed.stock().stockItemId()));
        }
    }

    @Test
    void canShowACustomerOnlyTheChangesOfTheirOwnRecords() {
        Api admin = api();
        StockFlows.StockSetup stock = StockFlows.stockItem(admin, "Streamed Scope", "pcs", 0);
        String mine = OrderFlows.customer(admin, "Streamed Mine", unique("m").toLowerCase() + "@example.com",
                "standard");
        String theirs = OrderFlows.customer(admin, "Streamed Theirs", unique("t").toLowerCase() + "@example.com",
                "standard");
        Accounts.Account portal = Accounts.create(admin, "customer-portal", mine, null);
        try (LiveStreamClient stream = LiveStreamClient.open(port, portal.api(port).token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            String theirOrder = OrderFlows.order(admin, theirs, stock.warehouseId(), stock.productId(), 2);
            OrderFlows.receive(admin, stock.stockItemId(), 5);
            String myOrder = OrderFlows.order(admin, mine, stock.warehouseId(), stock.productId(), 9);
            stream.next(event -> event.name().equals("change") && event.data().path("type").asText()
                    .equals("backorder"), WAIT);
            assertThat(stream.changes()).allSatisfy(event -> assertThat(Set.of("order", "backorder", "customer"))
                    .contains(event.data().path("type").asText()));
            assertThat(stream.changes()).anyMatch(event -> event.data().path("id").asText().equals(myOrder));
            assertThat(stream.changes()).noneMatch(event -> event.data().path("id").asText().equals(theirOrder)
                    || event.data().path("id").asText().equals(theirs)
                    || event.data().path("id").asText().equals(stock.stockItemId()));
        }
    }

    @Test
    void canSendHeartbeatsWhileNothingChanges() {
        Accounts.Account driver = Accounts.create(api(), "delivery-driver");
        try (LiveStreamClient stream = LiveStreamClient.open(port, driver.api(port).token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            LiveStreamClient.Event beat = stream.next(event -> event.name().equals("heartbeat"),
                    Duration.ofSeconds(25));
            assertThat(beat.data().path("at").asText()).isNotBlank();
            assertThat(beat.id()).as("a heartbeat moves the resume point past what the caller may not see")
                    .isNotBlank();
            assertThat(stream.changes()).as("a driver reads none of today's records").isEmpty();
        }
    }

    @Test
    void canRefuseMoreStreamsPerUserThanConfigured() {
        Accounts.Account reader = Accounts.create(api(), "customer-service");
        String token = reader.api(port).token();
        List<LiveStreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(LiveStreamClient.open(port, token, null));
                assertThat(open.get(i).status()).isEqualTo(200);
            }
            LiveStreamClient refused = LiveStreamClient.open(port, token, null);
            open.add(refused);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            Accounts.Account other = Accounts.create(api(), "customer-service");
            LiveStreamClient another = LiveStreamClient.open(port, other.api(port).token(), null);
            open.add(another);
            assertThat(another.status()).as("the cap is per user").isEqualTo(200);
        } finally {
            open.forEach(LiveStreamClient::close);
        }
    }

    @Test
    void cannotResumeFromAPositionThatIsNoNumber() {
        try (LiveStreamClient stream = LiveStreamClient.open(port, api().token(), "x" + UUID.randomUUID())) {
            assertThat(stream.status()).isEqualTo(400);
            assertThat(stream.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
