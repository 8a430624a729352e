package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.OpsLedgerApplication;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.opsledger.infra.it.OrderFlows.number;
import static com.opsledger.infra.it.ProcurementFlows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A new KPI is a new projection, true over all past history from its first start: the fulfilment-time projection on a
 * store whose backorders were created and filled before it was kept back-fills them in a processor of its own, then
 * serves as one member of its shared processor.
 */
class KpiBackfillIT {

    private static final String PROJECTION = "backorder-fulfilment-postgres";
    private static final Duration AGO = Duration.ofDays(10);

    private static ConfigurableApplicationContext start(String jdbcUrl, String prefix, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + TestServers.shared().username(),
                "--spring.datasource.password=" + TestServers.shared().password(),
                "--spring.elasticsearch.uris=" + TestServers.shared().elasticsearchUri(),
                "--opsledger.elasticsearch.index-prefix=" + prefix,
                "--spring.jmx.enabled=false",
                "--opsledger.consistency.timeout=30s"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(OpsLedgerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Events recorded from now on carry this time, as if recorded {@code ago} before now. */
    private static void recordAsOf(Duration ago) {
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), ago.negated());
    }

    @Test
    void canBackfillTheFulfilmentTimeKpiOverEventsRecordedBeforeItExisted() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String jdbcUrl = TestServers.freshDatabase("kpi_" + suffix);
        String warehouseId;
        String milkStock;
        String milk;
        try (ConfigurableApplicationContext older = start(jdbcUrl, "kpi-" + suffix + "-")) {
            Api api = new Api(port(older));
            assertThat(api.get("/api/v1/auth/me").status()).isEqualTo(200);
            String category = ApplicationIT.unique("Chilled");
            StockFlows.StockSetup stock = StockFlows.stockItem(api, "Milk", "pcs", 0);
            warehouseId = stock.warehouseId();
            milkStock = stock.stockItemId();
            milk = stock.productId();
            String cheese = StockFlows.product(api, ApplicationIT.unique("SKU"), "Cheese", "pcs", 0);
            String cheeseStock = api.post("/api/v1/stock-items", Map.of("productId", cheese, "warehouseId",
                    warehouseId)).id();
            categorise(api, milk, category);
            categorise(api, cheese, category);
            String customerId = OrderFlows.customer(api, "Kpi Buyer", ApplicationIT.unique("kpi").toLowerCase()
                    + "@example.com", "gold");
            // a history long enough that its back-fill, one event per batch, can be watched: products recategorised
            String butter = StockFlows.product(api, ApplicationIT.unique("SKU"), "Butter", "pcs", 0);
            for (int i = 0; i < 200; i++) {
                categorise(api, butter, category + "-" + (i % 2));
            }

            // ten days ago: three backorders; one is cancelled an hour later, the others filled after 5 and 8 hours
            Map<String, String> backorders = new HashMap<>();
            try {
                recordAsOf(AGO);
                String milkOrder = OrderFlows.order(api, customerId, warehouseId, milk, 10);
                String cheeseOrder = OrderFlows.order(api, customerId, warehouseId, cheese, 3);
                String cancelledOrder = OrderFlows.order(api, customerId, warehouseId, cheese, 2);
                JsonNode created = Eventually.get(api, "/api/v1/backorders?customerId=" + customerId,
                        list -> list.path("content").size() == 3);
                for (JsonNode backorder : created.path("content")) {
                    backorders.put(backorder.path("orderId").asText(), backorder.path("id").asText());
                }
                recordAsOf(AGO.minusHours(1));
                ok(api.post("/api/v1/backorders/" + backorders.get(cancelledOrder) + "/cancellation",
                        Map.of("reason", "no longer needed")));
                recordAsOf(AGO.minusHours(5));
                OrderFlows.receive(api, milkStock, 10);
                Eventually.get(api, "/api/v1/backorders/" + backorders.get(milkOrder),
                        b -> b.path("status").asText().equals("fulfilled"));
                recordAsOf(AGO.minusHours(8));
                OrderFlows.receive(api, cheeseStock, 3);
                Eventually.get(api, "/api/v1/backorders/" + backorders.get(cheeseOrder),
                        b -> b.path("status").asText().equals("fulfilled"));
            } finally {
                GenericEventMessage.clock = Clock.systemUTC();
            }
        }

        // the installation as a release without the KPI left it: its (new) tables empty, and no sign it ever ran
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, TestServers.shared().username(),
                TestServers.shared().password()));
        database.update("delete from backorder_fulfilment_view");
        database.update("delete from backorder_fulfilment_product_ref");
        database.update("delete from projection_backfill where projection = ?", PROJECTION);
        List<BigDecimal> hours = fulfilmentHoursInTheEventStore(database);
        assertThat(hours).hasSize(2);
        BigDecimal average = hours.get(0).add(hours.get(1)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        BigDecimal p90 = hours.get(0).add(hours.get(1).subtract(hours.get(0)).multiply(new BigDecimal("0.9")));
        assertThat(average.doubleValue()).as("by hand: (5 + 8) / 2").isCloseTo(6.5, within(0.05));
        assertThat(p90.doubleValue()).as("by hand: 5 + 0.9 x (8 - 5)").isCloseTo(7.7, within(0.05));

        try (ConfigurableApplicationContext upgraded = start(jdbcUrl, "kpi-" + suffix + "-",
                "--opsledger.processors.replay-batch-size=1")) {
            Api api = new Api(port(upgraded));
            Set<String> states = new LinkedHashSet<>();
            long deadline = System.currentTimeMillis() + 60_000;
            JsonNode view = null;
            while (System.currentTimeMillis() < deadline) {
                // the row is written once the rebuild has begun: a projection seen live after it has finished it
                boolean begun = !database.queryForList("select 1 from projection_backfill where projection = ?",
                        PROJECTION).isEmpty();
                view = api.get("/api/v1/admin/projections/" + PROJECTION).body();
                String state = view.path("state").asText();
                states.add(state);
                if (state.equals("replaying") && !view.path("percentDone").isNull()) {
                    assertThat(view.path("percentDone").asDouble()).isBetween(0.0, 100.0);
                }
                if (state.equals("live") && (begun || states.contains("replaying"))) {
                    break;
                }
                AppProcess.sleep(10);
            }
            // seeing the short "replaying" window itself depends on the machine's speed; the row below proves the rebuild
            assertThat(states).as("the projection served after its rebuild").contains("live");
            assertThat(view.path("processor").asText()).isEqualTo("read-models-postgres");
            assertThat(database.queryForObject("select backfilled from projection_backfill where projection = ?",
                    Boolean.class, PROJECTION)).isTrue();

            String period = "/api/v1/dashboards/backorders?warehouseId=" + warehouseId + "&from="
                    + Instant.now().minus(AGO).minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS) + "&to="
                    + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
            JsonNode kpis = api.get(period).body();
            assertThat(kpis.path("filled").asLong()).as(kpis.toString()).isEqualTo(2);
            assertThat(number(kpis, "fillRate")).isEqualByComparingTo("0.6667");
            assertThat(number(kpis, "averageFulfilmentHours")).isEqualByComparingTo(average);
            assertThat(number(kpis, "p90FulfilmentHours").doubleValue()).isCloseTo(p90.doubleValue(), within(0.01));
            JsonNode verified = api.post("/api/v1/admin/projections/" + PROJECTION + "/verify", Map.of()).body();
            assertThat(verified.path("matches").asBoolean()).as(verified.toString()).isTrue();

            // from now on it is one projection of its shared processor: a backorder filled today counts at once
            String customerId = OrderFlows.customer(api, "Kpi Today", ApplicationIT.unique("kpi").toLowerCase()
                    + "@example.com", "silver");
            String order = OrderFlows.order(api, customerId, warehouseId, milk, 1);
            Eventually.get(api, "/api/v1/backorders?customerId=" + customerId, l -> l.path("content").size() == 1);
            OrderFlows.receive(api, milkStock, 1);
            Eventually.get(api, "/api/v1/orders/" + order, o -> o.path("status").asText().equals("fulfilled"));
            JsonNode today = Eventually.get(api, period, d -> d.path("filled").asLong() == 3);
            assertThat(number(today, "fillRate")).isEqualByComparingTo("0.75");
            assertThat(database.queryForObject("select count(*) from projection_backfill where projection = ?",
                    Long.class, PROJECTION)).isEqualTo(1);
        }
    }

    /** The hours from each backorder's creation to its filling, as the event store recorded them, sorted. */
    private static List<BigDecimal> fulfilmentHoursInTheEventStore(JdbcTemplate database) {
        Map<String, Instant> created = new HashMap<>();
        Map<String, Instant> filled = new HashMap<>();
        database.query("select aggregate_identifier, payload_type, time_stamp from domain_event_entry "
                + "where payload_type like '%.BackorderCreatedEvent' or payload_type like '%.BackorderFulfilledEvent'",
                (ResultSet rs) -> {
                    Instant at = Instant.parse(rs.getString(3)).truncatedTo(ChronoUnit.MICROS);
                    (rs.getString(2).endsWith("CreatedEvent") ? created : filled).put(rs.getString(1), at);
                });
        return filled.entrySet().stream().map(f -> BigDecimal.valueOf(Duration.between(created.get(f.getKey()),
                        f.getValue()).toNanos() / 1_000).divide(BigDecimal.valueOf(3_600_000_000L), 6,
                        RoundingMode.HALF_UP)).sorted().toList();
    }

    private static void categorise(Api api, String productId, String category) {
        JsonNode product = api.get("/api/v1/products/" + productId).body();
        ok(api.put("/api/v1/products/" + productId, Map.of("name", product.path("name").asText(), "reorderPoint", 0,
                "leadTimeDays", 5, "category", category)));
    }
}
