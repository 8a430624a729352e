package com.opsledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.opsledger.query.search.SearchIndexProperties;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The {@code scale} phase: how the product behaves as data grows. (1) Command latency on a stock item with a long
 * history; (2) read-model query latency over HTTP with 10 thousand to a million stock items; (3) the product's own
 * replay of four projections over the resulting event store (a million events and more).
 * <p>
 * Histories and stock items are appended straight to Axon's event store (the events the aggregate would have
 * applied, with consistent levels and sequence numbers), in chunks of one transaction each, because sending a
 * million commands through the gateway would take hours here; everything that is measured goes through the product
 * (command gateway, HTTP API, event processors, the replay endpoint).
 */
final class ScaleBench {

    static final int[] AGGREGATE_SIZES = ints("bench.scale.aggregate-sizes", "10,1000,10000,100000");
    static final int[] ROWS = ints("bench.scale.rows", "10000,100000,1000000");
    static final int CATCH_UP_LIMIT = Integer.getInteger("bench.scale.catch-up.max-seconds", 600);
    /** The replay's rate is reported at this cap; the replay is then followed until done (the drain). */
    static final int REPLAY_LIMIT = Integer.getInteger("bench.scale.replay.max-seconds", 120);
    /** How much longer a replay caught by its cap is followed, so that the next one does not run alongside it. */
    static final int REPLAY_DRAIN = Integer.getInteger("bench.scale.replay.drain-seconds", 900);
    /** Measured requests of one query row stop after this long (at least WARM_UP of them are measured). */
    static final int QUERY_LIMIT = Integer.getInteger("bench.scale.query.max-seconds", 60);
    /** Events per append transaction (stage items are grouped so that one chunk holds about this many). */
    static final int CHUNK = Integer.getInteger("bench.scale.chunk", 2000);
    static final int APPEND_THREADS = Integer.getInteger("bench.scale.append-threads", 2);
    static final int AGGREGATE_WAIT = Integer.getInteger("bench.scale.aggregate.wait-seconds", 300);
    static final int WARM_UP = 20;
    static final int MEASURED = 200;
    static final String STOCK_ITEM = "StockItem";
    static final String UNIT = "pcs";
    static final List<String> STAGE_PROCESSORS = List.of("stock-items-postgres", "stock-search-elastic",
            "audit-trail-postgres");
    static final List<String> REPLAYED = List.of("stock-items-postgres", "stock-movements-postgres",
            "audit-trail-postgres", "stock-search-elastic");
    static final String[] NOUNS = {"bolt", "nut", "washer", "hinge", "bracket", "gasket", "valve", "spring",
            "bearing", "pulley", "clamp", "rivet", "flange", "sleeve", "coupling", "fitting", "nozzle", "socket",
            "spacer", "shim"};
    static final String[] MATERIALS = {"steel", "brass", "copper", "nylon", "zinc", "aluminium", "titanium",
            "rubber", "ceramic", "bronze"};

    private final Bench bench;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final String searchAlias;
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(42);

    private final List<String> aggregateRows = new ArrayList<>();
    private final List<String> stageRows = new ArrayList<>();
    private final List<String> queryRows = new ArrayList<>();
    private final List<String> replayRows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Cache stockItemCache;

    /** Products and warehouses of the read-model stages; stock item k pairs product k % P with warehouse k / P. */
    private final List<String> products = new ArrayList<>();
    private final List<String> skus = new ArrayList<>();
    private final List<String> warehouses = new ArrayList<>();
    private long pairsUsed;

    ScaleBench(Bench bench) {
        this.bench = bench;
        this.eventStore = bench.app.getBean(EventStore.class);
        this.transactions = bench.app.getBean(TransactionManager.class);
        this.searchAlias = bench.app.getBean(SearchIndexProperties.class).stockAlias();
        this.stockItemCache = bench.app.getBean("stockItemCache", Cache.class);
    }

    static int[] ints(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    /** Runs the three parts and appends their sections to the report, also the parts done before a failure. */
    void run(StringBuilder md) throws Exception {
        try {
            warmUp();
            aggregateGrowth();
            readModelStages();
            replays();
        } finally {
            md.append(report());
        }
    }

    /**
     * Compiles the command and query paths before anything is timed (in this phase alone the JVM starts cold): receipts
     * on a seeded stock item and a few list and search requests.
     */
    void warmUp() throws Exception {
        long t0 = System.nanoTime();
        String item = bench.items.get(0);
        for (int i = 0; i < 300; i++) {
            timeReceipt(item);
        }
        for (int i = 0; i < 100; i++) {
            get("/api/v1/stock-items?size=50&page=" + random.nextInt(20));
            get("/api/v1/search?q=bench");
        }
        bench.catchUp(AGGREGATE_WAIT);
        Bench.log("scale: warmed up in %.1f s (300 receipts, 100 list and 100 search requests)",
                (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------- appending

    /** Stores the events in one transaction, the way a command's unit of work stores what its aggregate applied. */
    void append(List<? extends EventMessage<?>> events) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        try {
            eventStore.publish(events);
            unitOfWork.commit();
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    static MetaData metadata(String commandName) {
        return Bench.audit().and("commandName", commandName);
    }

    static GenericDomainEventMessage<?> event(String aggregateId, long sequence, Object payload, MetaData metaData) {
        return new GenericDomainEventMessage<>(STOCK_ITEM, aggregateId, sequence, payload, metaData);
    }

    static StockReceivedEvent received(String item, long quantity, long onHand) {
        return new StockReceivedEvent(item, Quantity.of(BigDecimal.valueOf(quantity), UNIT), null,
                new StockLevels(Quantity.of(BigDecimal.valueOf(onHand), UNIT), Quantity.zero(UNIT)));
    }

    long longQuery(String sql, Object... args) throws Exception {
        try (Connection c = bench.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long storedEvents() throws Exception {
        return longQuery("select count(*) from domain_event_entry");
    }

    // ---------------------------------------------------------------------------------------------- 1: aggregate growth

    void aggregateGrowth() throws Exception {
        Double baseline = null;
        for (int n : AGGREGATE_SIZES) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String product = UUID.randomUUID().toString();
            String warehouse = UUID.randomUUID().toString();
            String item = UUID.randomUUID().toString();
            bench.gateway.sendAndWait(new CreateProductCommand(product, "AGG-" + n + "-" + suffix,
                    "Aggregate growth " + n, UNIT, BigDecimal.ZERO, 0, null, null), Bench.audit());
            bench.gateway.sendAndWait(new CreateWarehouseCommand(warehouse, "AGG-" + n + "-" + suffix,
                    "Aggregate growth " + n), Bench.audit());
            bench.gateway.sendAndWait(new OpenStockItemCommand(item, product, warehouse), Bench.audit());
            long next = longQuery("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                    item) + 1;
            long onHand = 0;
            long toAppend = Math.max(0, n - next);
            long t0 = System.nanoTime();
            long lastLog = t0;
            List<GenericDomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            for (long i = 0; i < toAppend; i++) {
                onHand++;
                chunk.add(event(item, next++, received(item, 1, onHand), metadata("ReceiveStockCommand")));
                if (chunk.size() == CHUNK || i == toAppend - 1) {
                    append(chunk);
                    chunk = new ArrayList<>(CHUNK);
                    if (System.nanoTime() - lastLog > 10_000_000_000L) {
                        lastLog = System.nanoTime();
                        Bench.log("scale: aggregate %d: %d of %d events appended", n, i + 1, toAppend);
                    }
                }
            }
            double appendSeconds = (System.nanoTime() - t0) / 1e9;
            // the history went into the store behind the aggregate's back: the copy of the stock item cached when it
            // was opened is one event old, so the first command would meet a duplicate sequence number
            stockItemCache.remove(item);
            long history = longQuery("select count(*) from domain_event_entry where aggregate_identifier = ?", item);
            long waitStart = System.nanoTime();
            bench.catchUp(AGGREGATE_WAIT);
            double waited = (System.nanoTime() - waitStart) / 1e9;
            long backlog = bench.backlog();
            String view = viewLevels(item);

            // a command that fails (e.g. interrupted by Axon's handler time-out while loading a long history) is
            // reported, not fatal
            String first = timedOrError(item);
            String second = timedOrError(item);
            int errors = 0;
            for (int i = 0; i < WARM_UP; i++) {
                if (timedOrError(item).startsWith("failed")) {
                    errors++;
                }
            }
            long[] measured = new long[MEASURED];
            int ok = 0;
            for (int i = 0; i < MEASURED; i++) {
                try {
                    measured[ok] = timeReceipt(item);
                    ok++;
                } catch (RuntimeException e) {
                    errors++;
                }
            }
            long[] latencies = Arrays.copyOf(measured, ok);
            Arrays.sort(latencies);
            double p50 = Bench.pct(latencies, 0.5);
            double p99 = Bench.pct(latencies, 0.99);
            if (baseline == null && ok > 0) {
                baseline = p50;
            }
            if (ok > 0) {
                bench.summary.growth.add(new Summary.Growth(history, p50));
            }
            long snapshot = longQuery("select coalesce(max(sequence_number), -1) from snapshot_event_entry "
                    + "where aggregate_identifier = ?", item);
            String rate = toAppend == 0 ? "–" : String.format("%d in %.1f s = %.0f/s", toAppend, appendSeconds,
                    toAppend / appendSeconds);
            String row = String.format("| %,d | %s | %.0f s, backlog %d | %s | %s | %.2f | %.2f%s | %.2f |",
                    history, rate, waited, backlog, first, second, p50, p99,
                    errors == 0 ? "" : " (" + errors + " failed)", baseline == null ? Double.NaN : p50 / baseline);
            aggregateRows.add(row);
            Bench.log("scale: aggregate %s (read model before timing: %s; latest snapshot at sequence %d)", row, view,
                    snapshot);
        }
    }

    /** The latency in ms of one receipt, or why it failed. */
    String timedOrError(String item) {
        try {
            return String.format("%.1f", timeReceipt(item) / 1e6);
        } catch (RuntimeException e) {
            Bench.log("scale: receipt on %s failed: %s", item, e);
            notes.add("a receipt on the stock item of the growth table failed: " + e.toString().replace('|', '/'));
            return "failed";
        }
    }

    long timeReceipt(String item) {
        long t0 = System.nanoTime();
        bench.gateway.sendAndWait(Bench.receipt(item), Bench.audit());
        return System.nanoTime() - t0;
    }

    String viewLevels(String item) throws Exception {
        try (Connection c = bench.connect(); PreparedStatement ps = c.prepareStatement(
                "select on_hand, version from stock_item_view where id = ?")) {
            ps.setString(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? "onHand " + rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + ", version "
                        + rs.getLong(2) : "no row";
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- 2: read models

    void readModelStages() throws Exception {
        int largest = Arrays.stream(ROWS).max().orElse(0);
        if (largest == 0) {
            return;
        }
        createProductsAndWarehouses(largest);
        for (int rows : ROWS) {
            stage(rows);
            measureQueries(rows);
        }
    }

    /** About √rows warehouses and rows/√rows products, so that every stage finds a pair for each stock item. */
    void createProductsAndWarehouses(int largest) throws Exception {
        long t0 = System.nanoTime();
        int w = (int) Math.ceil(Math.sqrt(largest));
        int p = (int) Math.ceil(largest / (double) w);
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < p; i++) {
                String id = UUID.randomUUID().toString();
                String sku = "SC" + run + "-" + i;
                products.add(id);
                skus.add(sku);
                // every tenth product has a reorder point, so belowReorderPoint=true matches about one item in ten
                BigDecimal reorderPoint = i % 10 == 0 ? BigDecimal.valueOf(5) : BigDecimal.ZERO;
                String name = "Scale " + NOUNS[i % NOUNS.length] + " " + MATERIALS[(i / NOUNS.length) % MATERIALS.length]
                        + " " + i;
                futures.add(pool.submit(() -> bench.gateway.sendAndWait(new CreateProductCommand(id, sku, name, UNIT,
                        reorderPoint, 3, null, null), Bench.audit())));
            }
            for (int i = 0; i < w; i++) {
                String id = UUID.randomUUID().toString();
                warehouses.add(id);
                String code = "SW" + run + "-" + i;
                String name = "Scale warehouse " + i;
                futures.add(pool.submit(() -> bench.gateway.sendAndWait(new CreateWarehouseCommand(id, code, name),
                        Bench.audit())));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Bench.log("scale: created %d products and %d warehouses through the gateway in %.1f s", p, w,
                (System.nanoTime() - t0) / 1e9);
    }

    long stockItemRows() throws Exception {
        return longQuery("select count(*) from stock_item_view");
    }

    void stage(int rows) throws Exception {
        long w0 = System.nanoTime();
        bench.catchUp(CATCH_UP_LIMIT);
        Bench.log("scale: stage %,d: waited %.1f s for the processors before appending, backlog left %d", rows,
                (System.nanoTime() - w0) / 1e9, bench.backlog());
        long before = stockItemRows();
        long wanted = Math.max(0, rows - before);
        long available = (long) products.size() * warehouses.size() - pairsUsed;
        if (wanted > available) {
            notes.add(String.format("stage %,d: only %,d product/warehouse pairs left, appended those", rows, available));
            wanted = available;
        }
        long first = pairsUsed;
        long last = first + wanted;
        pairsUsed = last;
        AtomicLong cursor = new AtomicLong(first);
        AtomicLong events = new AtomicLong();
        AtomicLong receipts = new AtomicLong();
        int itemsPerChunk = Math.max(1, (int) (CHUNK / 1.1));
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(APPEND_THREADS);
        List<Future<?>> futures = new ArrayList<>();
        int productCount = products.size();
        for (int t = 0; t < APPEND_THREADS; t++) {
            futures.add(pool.submit(() -> {
                long lastLog = System.nanoTime();
                while (true) {
                    long from = cursor.getAndAdd(itemsPerChunk);
                    if (from >= last) {
                        return null;
                    }
                    long to = Math.min(last, from + itemsPerChunk);
                    List<GenericDomainEventMessage<?>> chunk = new ArrayList<>((int) ((to - from) * 11 / 10) + 1);
                    for (long k = from; k < to; k++) {
                        String item = UUID.randomUUID().toString();
                        String product = products.get((int) (k % productCount));
                        String warehouse = warehouses.get((int) (k / productCount));
                        MetaData metaData = metadata("OpenStockItemCommand");
                        chunk.add(event(item, 0, new StockItemOpenedEvent(item, product, warehouse, UNIT), metaData));
                        if (receives(k)) {
                            chunk.add(event(item, 1, received(item, 10, 10), metadata("ReceiveStockCommand")));
                            receipts.incrementAndGet();
                        }
                    }
                    append(chunk);
                    long done = events.addAndGet(chunk.size());
                    if (System.nanoTime() - lastLog > 15_000_000_000L) {
                        lastLog = System.nanoTime();
                        Bench.log("scale: stage %,d: %,d stock items of %,d appended (%,d events)", rows,
                                Math.min(last, cursor.get()) - first, last - first, done);
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            f.get();
        }
        double appendSeconds = (System.nanoTime() - t0) / 1e9;
        long head = bench.head();
        Bench.log("scale: stage %,d: appended %,d stock items (%,d with a receipt), %,d events in %.1f s = %.0f events/s",
                rows, wanted, receipts.get(), events.get(), appendSeconds, events.get() / Math.max(1e-9, appendSeconds));

        // catch-up of the three projections the queries read, each timed to the head as it was after the append
        Map<String, StreamingEventProcessor> watched = new LinkedHashMap<>();
        Map<String, Long> startPositions = new LinkedHashMap<>();
        Map<String, Double> doneAfter = new LinkedHashMap<>();
        for (String name : STAGE_PROCESSORS) {
            // a projection runs in the processor its store shares (read-models-postgres, read-models-elastic)
            StreamingEventProcessor processor = bench.processing.eventProcessorByProcessingGroup(name)
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .orElseThrow(() -> new IllegalStateException("no streaming processor runs projection " + name));
            watched.put(name, processor);
            startPositions.put(name, Bench.position(processor));
        }
        long c0 = System.nanoTime();
        long deadline = c0 + CATCH_UP_LIMIT * 1_000_000_000L;
        long lastLog = c0;
        while (doneAfter.size() < watched.size() && System.nanoTime() < deadline) {
            for (var e : watched.entrySet()) {
                if (!doneAfter.containsKey(e.getKey()) && Bench.position(e.getValue()) >= head) {
                    doneAfter.put(e.getKey(), (System.nanoTime() - c0) / 1e9);
                }
            }
            if (System.nanoTime() - lastLog > 30_000_000_000L) {
                lastLog = System.nanoTime();
                StringBuilder progress = new StringBuilder();
                watched.forEach((name, p) -> progress.append(' ').append(name).append(' ').append(Bench.position(p)));
                Bench.log("scale: stage %,d catching up to %d:%s", rows, head, progress);
            }
            Thread.sleep(100);
        }
        for (var e : watched.entrySet()) {
            String name = e.getKey();
            long start = startPositions.get(name);
            long behind = Math.max(0, head - start);
            Double seconds = doneAfter.get(name);
            String catchUp;
            if (seconds != null) {
                catchUp = String.format("%.1f s | %s", seconds, behind == 0 ? "–"
                        : String.format("%.0f", behind / Math.max(1e-9, seconds)));
            } else {
                long position = Bench.position(e.getValue());
                double elapsed = (System.nanoTime() - c0) / 1e9;
                catchUp = String.format("NOT caught up after %.0f s (position %d of %d) | %.0f", elapsed, position,
                        head, (position - start) / Math.max(1e-9, elapsed));
                notes.add(String.format("stage %,d: %s had not caught up at the %d s cap (position %,d of %,d, %,d "
                        + "events behind); it went on catching up during the queries and whatever followed", rows,
                        name, CATCH_UP_LIMIT, position, head, head - position));
            }
            String row = String.format("| %,d | %,d items, %,d events in %.1f s = %.0f events/s | %s (in %s) | %,d | %s |",
                    rows, wanted, events.get(), appendSeconds, events.get() / Math.max(1e-9, appendSeconds), name,
                    e.getValue().getName(), behind, catchUp);
            stageRows.add(row);
            Bench.log("scale: stage %s", row);
        }
        // the other processors (movements, lookups, sagas...) as well, so they do not compete with the queries
        long w1 = System.nanoTime();
        long remaining = Math.max(10, CATCH_UP_LIMIT - (long) ((w1 - c0) / 1e9));
        bench.catchUp((int) remaining);
        Bench.log("scale: stage %,d: every processor waited for %.1f s more, backlog left %d", rows,
                (System.nanoTime() - w1) / 1e9, bench.backlog());
    }

    /** One stock item in ten, spread over products and warehouses, has received stock. */
    static boolean receives(long k) {
        return Long.remainderUnsigned(k * 0x9E3779B97F4A7C15L >>> 17, 10) == 0;
    }

    // ---------------------------------------------------------------------------------------------- queries

    record Answer(int status, String body, long nanos) {
    }

    Answer get(String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(URI.create(bench.base + path))
                .header("Authorization", bench.bearer).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - t0);
    }

    Answer post(String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(URI.create(bench.base + path))
                .header("Authorization", bench.bearer).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - t0);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    void measureQueries(int stage) throws Exception {
        long sql = stockItemRows();
        JsonNode all = json.readTree(require(get("/api/v1/stock-items?size=50")).body());
        // the list counts exactly only up to 10,000 matches (totalElementsExact); the rows are what SQL counts
        long listed = all.get("totalElements").asLong();
        long total = sql;
        int totalPages = (int) ((sql + 49) / 50);
        long below = json.readTree(require(get("/api/v1/stock-items?size=1&belowReorderPoint=true")).body())
                .get("totalElements").asLong();
        long esItems = elasticsearchStockItems(total);
        long backlog = bench.backlog();
        Bench.log("scale: read model holds %,d stock items (SQL count), the list endpoint says %,d (%s), "
                + "%,d below the reorder point; the search index holds %,d stock item documents; the processors' "
                + "backlog is %d events", sql, listed, all.path("totalElementsExact").asBoolean(true) ? "exact"
                        : "at least", below, esItems, backlog);
        if (backlog > 0) {
            notes.add(String.format("stage %,d: the queries were measured while the processors were still up to %,d "
                    + "events behind", stage, backlog));
        }
        if (esItems != total) {
            notes.add(String.format("stage %,d: SQL count %,d, search index %,d stock item documents", stage, sql,
                    esItems));
        }
        int usedProducts = (int) Math.min(products.size(), pairsUsed);
        int usedWarehouses = (int) Math.max(1, Math.min(warehouses.size(),
                (pairsUsed + products.size() - 1) / products.size()));
        measuredRows = total;
        measuredSearchDocuments = esItems;
        int deepPage = totalPages / 2;
        String rowsLabel = total == stage ? String.format("%,d", total)
                : String.format("%,d (stage %,d)", total, stage);
        endpoint(rowsLabel, "list, page 0–19 of 50", 50,
                i -> "/api/v1/stock-items?size=50&page=" + random.nextInt(20));
        endpoint(rowsLabel, "list, warehouseId, page 0–19", 50,
                i -> "/api/v1/stock-items?size=50&page=" + random.nextInt(20) + "&warehouseId="
                        + warehouses.get(random.nextInt(usedWarehouses)));
        endpoint(rowsLabel, "list, productId, page 0–19", 50,
                i -> "/api/v1/stock-items?size=50&page=" + random.nextInt(20) + "&productId="
                        + products.get(random.nextInt(Math.max(1, usedProducts))));
        endpoint(rowsLabel, "list, belowReorderPoint=true, page 0–19", 50,
                i -> "/api/v1/stock-items?size=50&belowReorderPoint=true&page=" + random.nextInt(20));
        endpoint(rowsLabel, "list, deep page " + deepPage + " of " + totalPages, 50,
                i -> "/api/v1/stock-items?size=50&page=" + deepPage);
        // the same depth by cursor: the nextCursor of the page before it (read once, by number) starts the same rows
        String deepCursor = deepPage == 0 ? null : json.readTree(require(get("/api/v1/stock-items?size=50&page="
                + (deepPage - 1))).body()).path("nextCursor").asText(null);
        if (deepCursor != null) {
            String byNumber = json.readTree(require(get("/api/v1/stock-items?size=50&page=" + deepPage)).body())
                    .path("content").path(0).path("id").asText();
            String byCursor = json.readTree(require(get("/api/v1/stock-items?size=50&after=" + encode(deepCursor)))
                    .body()).path("content").path(0).path("id").asText();
            if (!byNumber.equals(byCursor)) {
                notes.add(String.format("stage %,d: the deep page by cursor starts at %s, by number at %s", stage,
                        byCursor, byNumber));
            }
            endpoint(rowsLabel, "list, deep page " + deepPage + " of " + totalPages + " by cursor (after=)", 50,
                    i -> "/api/v1/stock-items?size=50&after=" + encode(deepCursor));
        }
        endpoint(rowsLabel, "search, q=<sku>", 100,
                i -> "/api/v1/search?q=" + encode(skus.get(random.nextInt(Math.max(1, usedProducts)))));
        endpoint(rowsLabel, "search, q=<name word>", 100,
                i -> "/api/v1/search?q=" + NOUNS[random.nextInt(NOUNS.length)]);
        endpoint(rowsLabel, "search, q=<name word>&kind=stockItem", 100,
                i -> "/api/v1/search?kind=stockItem&q=" + NOUNS[random.nextInt(NOUNS.length)]);
        long head = bench.head();
        endpoint(rowsLabel, "audit, aggregateType=StockItem, newest page of 50", 0,
                i -> "/api/v1/audit/events?aggregateType=StockItem&size=50&after=" + Math.max(0, head - 200));
        endpoint(rowsLabel, "audit, aggregateType=StockItem, page of 50 at a random position", 0,
                i -> "/api/v1/audit/events?aggregateType=StockItem&size=50&after=" + (long) (random.nextDouble() * head));
    }

    Answer require(Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    /**
     * Stock item documents in the index the search reads (its alias); waits up to 10 s for {@code expected}, since a
     * document indexed less than a refresh interval ago is not counted yet.
     */
    long elasticsearchStockItems(long expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long found;
        do {
            HttpResponse<String> response = bench.http.send(HttpRequest.newBuilder(URI.create(bench.elasticsearch
                            + "/" + searchAlias + "/_count")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"term\":{\"kind\":\"stockItem\"}}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode count = json.readTree(response.body()).get("count");
            found = count == null ? -1 : count.asLong();
            if (found == expected) {
                return found;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return found;
    }

    private long measuredRows;
    private long measuredSearchDocuments;

    /**
     * 20 warm-up and 200 measured requests, one client, the measured ones stopped after {@code QUERY_LIMIT} s (with at
     * least 20 measured); latencies of the answers, errors are non-200 answers.
     */
    void endpoint(String rows, String name, int targetP95, IntFunction<String> path) throws Exception {
        long[] latencies = new long[MEASURED];
        int errors = 0;
        String firstError = null;
        int measured = 0;
        long measureFrom = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i == WARM_UP) {
                measureFrom = System.nanoTime();
            } else if (i > 2 * WARM_UP && System.nanoTime() - measureFrom > QUERY_LIMIT * 1_000_000_000L) {
                break;
            }
            Answer answer;
            try {
                answer = get(path.apply(i));
            } catch (Exception e) {
                answer = new Answer(-1, e.toString(), 0);
            }
            if (answer.status() != 200) {
                if (i >= WARM_UP) {
                    errors++;
                }
                if (firstError == null) {
                    firstError = answer.status() + " " + answer.body();
                }
            }
            if (i >= WARM_UP) {
                latencies[i - WARM_UP] = answer.nanos();
                measured++;
            }
        }
        latencies = Arrays.copyOf(latencies, measured);
        Arrays.sort(latencies);
        if (measured < MEASURED) {
            name = name + " (" + measured + " requests in the " + QUERY_LIMIT + " s cap)";
        }
        double p95 = Bench.pct(latencies, 0.95);
        String target = targetP95 == 0 ? "–" : String.format("p95 < %d ms: %s", targetP95, p95 < targetP95 ? "met"
                : "missed");
        String row = String.format("| %s | %s | %.1f | %.1f | %.1f | %d | %s |", rows, name, Bench.pct(latencies, 0.5),
                p95, Bench.pct(latencies, 0.99), errors, target);
        queryRows.add(row);
        bench.summary.queries.add(new Summary.Query(measuredRows, name, targetP95, p95, measuredSearchDocuments));
        Bench.log("scale: query %s", row);
        if (firstError != null) {
            String shortError = firstError.length() > 300 ? firstError.substring(0, 300) + "…" : firstError;
            Bench.log("scale:   first error: %s", shortError);
            notes.add(name + " at " + rows + " rows: " + shortError.replace('\n', ' ').replace('|', '/'));
        }
    }

    // ---------------------------------------------------------------------------------------------- 3: replays

    void replays() throws Exception {
        for (String name : REPLAYED) {
            replay(name);
        }
    }

    /** The product's own replay (POST /api/v1/admin/projections/{name}/replay), followed until live at the head. */
    void replay(String name) throws Exception {
        bench.catchUp(120);
        long head = bench.head();
        long events = storedEvents();
        long self = ProcessHandle.current().pid();
        long jvm0 = Proc.cpuTicks(self);
        List<Long> pgPids = Proc.postgresPids(bench.dataDir);
        long[] pg0 = Proc.each(pgPids);
        List<Long> es = Proc.elasticsearchPids();
        long es0 = Proc.ticks(es);
        long t0 = System.nanoTime();
        Answer started = post("/api/v1/admin/projections/" + name + "/replay");
        if (started.status() != 202 && started.status() != 200) {
            String row = String.format("| %s | %,d events | replay refused: HTTP %d %s | | |", name, events,
                    started.status(), started.body().replace('|', '/'));
            replayRows.add(row);
            Bench.log("scale: replay %s", row);
            return;
        }
        Drain followed = follow(name, head, t0 + REPLAY_LIMIT * 1_000_000_000L, 200, 30);
        long position = followed.position();
        String state = followed.state();
        boolean finished = followed.done();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double wall = seconds * 100;
        long jvm1 = Proc.cpuTicks(self);
        long pg1 = Proc.delta(pg0, Proc.each(pgPids));
        long es1 = Proc.ticks(es);
        // at the head but stopped: the processor is paused while the copy built aside replaces the live read model
        String phase = "stopped".equals(state) && position >= head ? "read to the head, switching over" : state;
        String time = finished ? String.format("done in %.1f s", seconds)
                : String.format("NOT done (%s, position %d of %d) after %.1f s", phase, position, head, seconds);
        double rate = (finished ? events : (double) events * Math.max(0, position) / head) / seconds;
        Summary.Replay figure = new Summary.Replay("scale phase", name, events, rate, finished,
                finished ? String.format("(whole replay, %.1f s)", seconds)
                        : String.format("(at its %d s cap, NOT finished)", REPLAY_LIMIT));
        if (!finished && !"failed".equals(state)) {
            Drain drain = drain(name, head);
            double total = (System.nanoTime() - t0) / 1e9;
            if (drain.done()) {
                time += String.format("; live at the head %.1f s after it started (%.0f events/s over the whole "
                        + "replay)", total, events / total);
                figure = new Summary.Replay("scale phase", name, events, events / total, true, String.format(
                        "(whole replay, %.0f s; %.0f events/s at its %d s cap)", total, rate, REPLAY_LIMIT));
            } else {
                time += String.format("; still NOT live at the head %.0f s after it started (%s, position %d of %d)",
                        total, drain.state(), drain.position(), head);
                notes.add("replay of " + name + " was not finished after its cap and a further " + REPLAY_DRAIN
                        + " s; it went on in the background, during whatever was measured after it");
            }
        }
        String row = String.format("| %s | %,d events (global index up to %,d) | %s | %.0f events/s | jvm %.2f pg %.2f es %.2f cores |",
                name, events, head, time, rate, (jvm1 - jvm0) / wall, pg1 / wall, (es1 - es0) / wall);
        replayRows.add(row);
        bench.summary.replays.add(figure);
        Bench.log("scale: replay %s", row);
    }

    record Drain(boolean done, String state, long position) {
    }

    /** Follows a replay past its cap until it is live at the head, at most REPLAY_DRAIN seconds more. */
    Drain drain(String name, long head) throws Exception {
        Bench.log("scale: replay %s reached its cap; following it until it is live (at most %d s more)", name,
                REPLAY_DRAIN);
        return follow(name, head, System.nanoTime() + REPLAY_DRAIN * 1_000_000_000L, 1000, 60);
    }

    /** Reads a replay's progress until it is live at the head, has failed, or the deadline (nanoTime) passes. */
    Drain follow(String name, long head, long deadline, long pauseMillis, int logEverySeconds) throws Exception {
        long lastLog = System.nanoTime();
        String state = "?";
        long position = -1;
        while (System.nanoTime() < deadline) {
            Thread.sleep(pauseMillis);
            Answer answer = get("/api/v1/admin/projections/" + name);
            if (answer.status() != 200) {
                continue;
            }
            JsonNode view = json.readTree(answer.body());
            state = view.path("state").asText();
            position = view.path("position").isNumber() ? view.path("position").asLong() : -1;
            if ("live".equals(state) && position >= head) {
                return new Drain(true, state, position);
            }
            if ("failed".equals(state)) {
                break;
            }
            if (System.nanoTime() - lastLog > logEverySeconds * 1_000_000_000L) {
                lastLog = System.nanoTime();
                Bench.log("scale: replay %s %s at %d of %d (%s%% done)", name, state, position, head,
                        view.path("percentDone").asText());
            }
        }
        return new Drain(false, state, position);
    }

    // ---------------------------------------------------------------------------------------------- report

    String report() {
        StringBuilder out = new StringBuilder();
        out.append("## Scale: command latency as a stock item's history grows\n\n")
                .append("Gateway `sendAndWait(ReceiveStockCommand)`, command only, one client. History appended "
                        + "straight to the event store (").append(CHUNK).append(" events per transaction); snapshot "
                        + "threshold `opsledger.snapshot.stock-item-threshold` (200). First command: no snapshot yet, "
                        + "loads the whole history; p50/p99 over ").append(MEASURED).append(" commands after ")
                .append(WARM_UP).append(" warm-up.\n\n")
                .append("| events in history | appended | processors' wait before timing (max ").append(AGGREGATE_WAIT)
                .append(" s) | 1st command ms | 2nd command ms | p50 ms | p99 ms | p50 ÷ first row |\n")
                .append("|---:|---|---|---:|---:|---:|---:|---:|\n");
        aggregateRows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
        out.append("## Scale: appending stock items and projection catch-up\n\n")
                .append("`StockItemOpenedEvent`s (and a `StockReceivedEvent` for one item in ten) appended straight "
                        + "to the event store by ").append(APPEND_THREADS).append(" threads, about ").append(CHUNK)
                .append(" events per transaction, while the processors run; then each projection timed until it "
                        + "reaches the head (max ").append(CATCH_UP_LIMIT).append(" s). A projection's progress is "
                        + "that of the processor it shares with the other projections of its store, so projections "
                        + "of one store catch up together.\n\n")
                .append("| stage (stock items) | appended | projection | behind at end of append (events) | catch-up | events/s |\n")
                .append("|---:|---|---|---:|---|---:|\n");
        stageRows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
        out.append("## Scale: query latency as the read models grow\n\n")
                .append("Real HTTP with a bearer token, one client, ").append(WARM_UP).append(" warm-up + ")
                .append(MEASURED).append(" measured requests per row, random parameters; errors are answers other "
                        + "than 200. Targets (at 1M rows): list p95 < 50 ms, search p95 < 100 ms.\n\n")
                .append("| rows in the read model | endpoint | p50 ms | p95 ms | p99 ms | errors | target |\n")
                .append("|---:|---|---:|---:|---:|---:|---|\n");
        queryRows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
        out.append("## Scale: replay from the whole event store\n\n")
                .append("The product's replay (`POST /api/v1/admin/projections/{name}/replay`: rebuilt aside, switched "
                        + "over once caught up), followed with `GET /api/v1/admin/projections/{name}` until live at "
                        + "the head: the rate is taken at ").append(REPLAY_LIMIT).append(" s (or at the end, if sooner); a replay not done "
                        + "by then is followed for up to ").append(REPLAY_DRAIN).append(" s more before the next "
                        + "one starts.\n\n")
                .append("| projection | store | time | rate | CPU |\n|---|---|---|---|---|\n");
        replayRows.forEach(r -> out.append(r).append('\n'));
        out.append('\n');
        if (!notes.isEmpty()) {
            out.append("Notes:\n\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }
}
