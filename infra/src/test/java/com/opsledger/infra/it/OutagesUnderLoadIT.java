package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.infra.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpsLedger as a process of its own, under a steady write load, through the failures a production system meets: the
 * application killed with SIGKILL, Elasticsearch gone for a minute, PostgreSQL restarted. Acknowledged commands are
 * never lost, nothing is stored twice or half, and every read model converges on the event store. The figures go to
 * the test output (lines starting with {@code RELIABILITY}) and are reported in docs/RELIABILITY.md.
 */
@Tag("reliability")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutagesUnderLoadIT {

    private static final int CLIENTS = 16;
    private static final int STOCK_ITEMS = 6;
    /** The read models a stock receipt changes, each rebuilt aside and compared with the live one. */
    private static final List<String> VERIFIED = List.of("products-postgres", "warehouses-postgres",
            "stock-items-postgres", "stock-movements-postgres", "audit-trail-postgres", "stock-search-elastic");

    private static final Path ROOT = Path.of(System.getProperty("opsledger.data-dir", "target/test-data/adhoc"))
            .resolveSibling("reliability-" + Long.toString(System.nanoTime(), 36)).toAbsolutePath();
    private static ServersOfOurOwn servers;
    private static AppProcess app;
    private static final List<StockFlows.StockSetup> items = new ArrayList<>();
    private static final Set<String> acknowledged = new HashSet<>();
    private static final Set<String> unacknowledged = new HashSet<>();

    @BeforeAll
    static void startServersAndApplication() throws Exception {
        Files.createDirectories(ROOT);
        servers = new ServersOfOurOwn(ROOT.resolve("servers"));
        servers.startPostgres();
        servers.startElasticsearch();
        app = new AppProcess(ROOT.resolve("app"), ServersOfOurOwn.freePort(), servers.applicationArguments());
        Files.createDirectories(ROOT.resolve("app"));
        report("application started in %d ms", app.start());
        for (int i = 0; i < STOCK_ITEMS; i++) {
            items.add(StockFlows.stockItem(app.api(), "Reliable", "pcs", 1));
        }
    }

    @AfterAll
    static void stopEverything() {
        if (app != null) {
            app.stop();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void losesNoAcknowledgedCommandWhenKilledUnderLoad() {
        WriteLoad load = new WriteLoad(app.api(), app.port(), ids(), CLIENTS, "K");
        AppProcess.sleep(15_000);
        app.kill();
        load.close();
        remember(load);
        long restart = app.start();
        long converged = awaitConverged();
        Consistency c = checkConsistency();
        report("kill -9 under load: %d commands sent, %d acknowledged, %d unanswered at the kill, answers %s;"
                        + " restart %d ms, projections caught up %d ms later; receipts stored %d, lost %d, duplicated %d,"
                        + " stored without an acknowledgement %d; read models %s",
                load.commands().size(), load.acknowledged().size(), load.unacknowledged().size(),
                WriteLoad.byStatus(load.commands()), restart, converged, c.stored(), c.lost(), c.duplicated(),
                c.unacknowledgedStored(), c.disagreements().isEmpty() ? "match the events" : c.disagreements());
        assertThat(converged).as("projections caught up").isNotNegative();
        c.assertClean();
        assertThat(load.acknowledged()).as("acknowledged before the kill").hasSizeGreaterThan(10);
        assertThat(load.commands()).as("every answer before the kill was an acknowledgement")
                .allMatch(a -> a.status() / 100 == 2 || a.status() == 0);
    }

    @Test
    @Order(2)
    void keepsThePostgresSideCurrentWhileElasticsearchIsDown() {
        WriteLoad load = new WriteLoad(app.api(), app.port(), ids(), CLIENTS, "E");
        AppProcess.sleep(5_000);
        servers.stopElasticsearch();
        long down = System.currentTimeMillis();
        AppProcess.sleep(60_000);
        load.close();
        long up = System.currentTimeMillis();
        remember(load);
        // still without Elasticsearch: the PostgreSQL side shows every stored receipt
        Map<String, Long> expected = receiptsPerItemOfEventStore();
        List<String> behind = new ArrayList<>();
        for (StockFlows.StockSetup item : items) {
            long onHand = app.api().get("/api/v1/stock-items/" + item.stockItemId()).body().path("onHand").longValue();
            if (onHand != expected.getOrDefault(item.stockItemId(), 0L)) {
                behind.add(item.stockItemId() + " on hand " + onHand + " of " + expected.get(item.stockItemId()));
            }
        }
        long restarting = System.currentTimeMillis();
        servers.startElasticsearch();
        long started = System.currentTimeMillis();
        long caughtUp = awaitConverged();
        List<WriteLoad.Answer> whileDown = load.commandsBetween(down, up);
        List<WriteLoad.Answer> readsWhileDown = load.reads().stream().filter(a -> a.at() >= down && a.at() <= up).toList();
        Consistency c = checkConsistency();
        report("Elasticsearch down %d s under load: %d commands while down, answers %s, %d answered with read models"
                        + " current; %d reads while down, answers %s; PostgreSQL read models behind while down: %s;"
                        + " Elasticsearch restart %d ms, every projection caught up %d ms after; receipts stored %d,"
                        + " lost %d, duplicated %d, search documents %d for %d stock items; read models %s",
                (up - down) / 1000, whileDown.size(), WriteLoad.byStatus(whileDown),
                whileDown.stream().filter(a -> "current".equals(a.readModels())).count(), readsWhileDown.size(),
                WriteLoad.byStatus(readsWhileDown), behind, started - restarting, caughtUp, c.stored(), c.lost(),
                c.duplicated(), c.searchDocuments(), items.size(),
                c.disagreements().isEmpty() ? "match the events" : c.disagreements());
        assertThat(behind).as("PostgreSQL read models behind the event store while Elasticsearch is down").isEmpty();
        assertThat(caughtUp).as("projections caught up").isNotNegative();
        c.assertClean();
        assertThat(whileDown).as("commands while Elasticsearch is down").isNotEmpty()
                .allMatch(a -> a.status() / 100 == 2, "acknowledged")
                .allMatch(a -> "current".equals(a.readModels()), "answered with the PostgreSQL read models current");
        assertThat(readsWhileDown).isNotEmpty().allMatch(a -> a.status() == 200, "answered");
    }

    @Test
    @Order(3)
    void answers503WhilePostgresRestartsAndWritesNothingByHalves() {
        WriteLoad load = new WriteLoad(app.api(), app.port(), ids(), CLIENTS, "P");
        AppProcess.sleep(5_000);
        servers.stopPostgres();
        long down = System.currentTimeMillis();
        AppProcess.sleep(20_000);
        servers.startPostgres();
        long up = System.currentTimeMillis();
        long firstSuccess = awaitFirstAcknowledgedAfter(load, up);
        AppProcess.sleep(10_000);
        load.close();
        remember(load);
        long converged = awaitConverged();
        Consistency c = checkConsistency();
        List<WriteLoad.Answer> refused = load.commands().stream().filter(a -> a.status() / 100 != 2).toList();
        List<WriteLoad.Answer> whileDown = load.commandsBetween(down + 6_000, up);
        List<WriteLoad.Answer> readsWhileDown = load.reads().stream().filter(a -> a.at() >= down + 6_000 && a.at() <= up)
                .toList();
        report("PostgreSQL down %d s under load: %d commands, answers %s (%d while down: %s; reads while down: %s);"
                        + " first command acknowledged %d ms after PostgreSQL was back, projections caught up %d ms"
                        + " later; receipts stored %d, lost %d, duplicated %d, stored without an acknowledgement %d;"
                        + " read models %s; refusals without problem or Retry-After: %d",
                (up - down) / 1000, load.commands().size(), WriteLoad.byStatus(load.commands()), whileDown.size(),
                WriteLoad.byStatus(whileDown), WriteLoad.byStatus(readsWhileDown), firstSuccess - up, converged,
                c.stored(), c.lost(), c.duplicated(), c.unacknowledgedStored(),
                c.disagreements().isEmpty() ? "match the events" : c.disagreements(),
                refused.stream().filter(a -> !a.contentType().startsWith("application/problem+json")
                        || a.retryAfter() == null).count());
        assertThat(converged).as("projections caught up").isNotNegative();
        c.assertClean();
        assertThat(refused).as("refusals").isNotEmpty()
                .allMatch(a -> a.status() == 503, "503")
                .allMatch(a -> a.contentType().startsWith("application/problem+json"), "a problem")
                .allMatch(a -> a.retryAfter() != null, "with Retry-After");
        assertThat(whileDown).as("answers while PostgreSQL is down").isNotEmpty()
                .allMatch(a -> a.status() == 503, "503");
        assertThat(readsWhileDown).as("reads while PostgreSQL is down").allMatch(a -> a.status() == 503, "503");
    }

    private static List<String> ids() {
        return items.stream().map(StockFlows.StockSetup::stockItemId).toList();
    }

    private static void remember(WriteLoad load) {
        acknowledged.addAll(load.acknowledged());
        unacknowledged.addAll(load.unacknowledged());
    }

    private static long awaitFirstAcknowledgedAfter(WriteLoad load, long since) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            var first = load.commands().stream().filter(a -> a.at() >= since && a.status() / 100 == 2)
                    .mapToLong(WriteLoad.Answer::at).min();
            if (first.isPresent()) {
                return first.getAsLong();
            }
            AppProcess.sleep(100);
        }
        throw new AssertionError("no command acknowledged within 120 s of PostgreSQL's return; see " + app.log());
    }

    /** Waits until every projection is live and at the event store's head; answers how long that took, in ms. */
    private static long awaitConverged() {
        long started = System.currentTimeMillis();
        long deadline = started + 180_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                Api.Response response = app.api().get("/api/v1/admin/projections");
                last = response.body();
                if (response.status() == 200 && last.size() > 0 && allAtTheHead(last)) {
                    return System.currentTimeMillis() - started;
                }
            } catch (RuntimeException notAnswering) {
                last = null;
            }
            AppProcess.sleep(250);
        }
        report("projections not caught up within 180 s: %s; see %s", last, app.log());
        return -1;
    }

    private static boolean allAtTheHead(JsonNode projections) {
        for (JsonNode projection : projections) {
            if (projection.path("position").isNull()) {
                // the lookups written in the command's own transaction keep no position of their own
                continue;
            }
            if (!"live".equals(projection.path("state").asText())
                    || projection.path("position").asLong() != projection.path("head").asLong()) {
                return false;
            }
        }
        return true;
    }

    /** What the event store and the read models hold against what the clients were told, and what disagrees. */
    private record Consistency(long stored, long lost, long duplicated, long unacknowledgedStored, long searchDocuments,
                               List<String> disagreements) {

        void assertClean() {
            assertThat(lost).as("acknowledged receipts missing from the event store").isZero();
            assertThat(duplicated).as("receipts stored more than once").isZero();
            assertThat(disagreements).as("read models that disagree with the event store").isEmpty();
        }
    }

    /**
     * The event store against what the clients were told, and every read model against the event store: each
     * acknowledged receipt stored exactly once, nothing stored that no one sent, the read models equal to their
     * rebuild from the events.
     */
    private static Consistency checkConsistency() {
        List<EventStoreReads.StoredEvent> receipts = receipts();
        Map<String, Long> stored = receipts.stream().collect(Collectors.groupingBy(
                e -> e.payload().path("lot").path("batch").asText(), Collectors.counting()));
        long lost = acknowledged.stream().filter(batch -> !stored.containsKey(batch)).count();
        long duplicated = stored.values().stream().filter(n -> n > 1).count();
        long unacknowledgedStored = stored.keySet().stream().filter(unacknowledged::contains).count();
        List<String> disagreements = new ArrayList<>();
        stored.keySet().stream().filter(b -> !acknowledged.contains(b) && !unacknowledged.contains(b))
                .forEach(b -> disagreements.add("receipt " + b + " stored but never sent"));
        Api api = app.api();
        Map<String, Long> perItem = receiptsPerItemOfEventStore();
        long searchDocuments = 0;
        for (StockFlows.StockSetup item : items) {
            long expected = perItem.getOrDefault(item.stockItemId(), 0L);
            long onHand = api.get("/api/v1/stock-items/" + item.stockItemId()).body().path("onHand").longValue();
            long movements = api.get("/api/v1/stock-items/" + item.stockItemId() + "/movements").body()
                    .path("totalElements").asLong();
            JsonNode hits = api.get("/api/v1/search?q=" + item.sku() + "&kind=stockItem").body().path("hits");
            long searched = hits.size() == 1 ? hits.get(0).path("onHand").asLong() : -1;
            if (onHand != expected || movements != expected || searched != expected) {
                disagreements.add(item.stockItemId() + ": " + expected + " received in the event store, on hand "
                        + onHand + ", movements " + movements + ", searched on hand " + searched);
            }
            searchDocuments += hits.size();
        }
        for (String name : VERIFIED) {
            String verified = verify(api, name);
            if (!WriteLoad.json(verified).path("matches").asBoolean()) {
                disagreements.add(name + ": " + verified);
            }
        }
        return new Consistency(receipts.size(), lost, duplicated, unacknowledgedStored, searchDocuments, disagreements);
    }

    /** A rebuild aside takes longer than a request usually may on a busy machine: its own, longer time-out. */
    private static String verify(Api api, String projection) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                                    + "/api/v1/admin/projections/" + projection + "/verify"))
                            .header("Authorization", "Bearer " + api.token())
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static List<EventStoreReads.StoredEvent> receipts() {
        return EventStoreReads.eventsOf(servers.jdbcUrl(), EmbeddedPostgresServer.USERNAME,
                        EmbeddedPostgresServer.PASSWORD, ids()).stream()
                .filter(e -> e.type().equals("StockReceivedEvent")).toList();
    }

    private static Map<String, Long> receiptsPerItemOfEventStore() {
        Map<String, Long> perItem = new HashMap<>();
        receipts().forEach(e -> perItem.merge(e.aggregateId(), e.payload().path("quantity").path("amount").asLong(), Long::sum));
        return perItem;
    }

    private static void report(String format, Object... arguments) {
        System.out.println("RELIABILITY " + String.format(format, arguments));
    }
}
