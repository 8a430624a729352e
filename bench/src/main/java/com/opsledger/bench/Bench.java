package com.opsledger.bench;

import com.opsledger.OpsLedgerApplication;
import com.opsledger.command.web.ReadYourWrites;
import com.opsledger.infra.embedded.EmbeddedServices;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every OpsLedger benchmark in one JVM, next to its baselines on the same PostgreSQL, and writes a Markdown
 * report. The application runs in this JVM (embedded PostgreSQL and Elasticsearch in a data directory of its own).
 */
public final class Bench {

    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    static final int ITEMS = Integer.getInteger("bench.items", 1000);
    static final int[] LEVELS = Arrays.stream(System.getProperty("bench.clients", "1,4,16").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final int LAG_RATE = Integer.getInteger("bench.lag.rate", 500);
    static final int LAG_SECONDS = Integer.getInteger("bench.lag.seconds", 15);
    /** The lag phase starts once every processor is at the head, waiting at most this long for it. */
    static final int LAG_CATCH_UP = Integer.getInteger("bench.lag.catch-up-seconds", 600);
    static final int REPLAY_LIMIT = Integer.getInteger("bench.replay.max-seconds", 60);
    /** Load before the first measured row, so that the JIT compilers are done with the hot paths (see warmUp). */
    static final int JIT_WARMUP = Integer.getInteger("bench.jit-warmup-seconds", 90);
    static final byte[] PAYLOAD = new byte[300];
    /**
     * -Dbench.profile=true: a flight recording (CPU samples) of each product row at the highest concurrency. It slows
     * those rows down (to half and less here), so a profiling run is a run of its own, not the one whose figures count.
     */
    static final boolean PROFILE = Boolean.getBoolean("bench.profile");
    static final Path OUT = Path.of(System.getProperty("bench.out", "bench/target/results")).toAbsolutePath();

    static final List<String> PHASES = List.of("throughput", "lag", "replay", "scale");

    private final EmbeddedServices servers;
    final String dataDir;
    final ConfigurableApplicationContext app;
    final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;
    final EventProcessingConfiguration processing;
    private final CrudStockRepository crud;
    private final TransactionTemplate tx;
    private static final String BENCH_PASSWORD = "bench pass phrase 2026";
    final String base;
    final String bearer;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String elasticsearch;
    final List<String> items = new ArrayList<>();
    private final AtomicLongArray rawSeq = new AtomicLongArray(ITEMS);
    final Summary summary = new Summary();

    record Result(String name, int clients, long ops, double seconds, long errors, double p50, double p99,
                  double machineCores, double jvmCores, double pgCores, double esCores, long maxRssKb,
                  long maxHeapMb, long backlog, double gcPercent, long liveHeapMb) {
        double rate() {
            return ops / seconds;
        }
    }

    @FunctionalInterface
    interface Op {
        void run(String item) throws Exception;
    }

    Bench(Path dataDirectory) throws Exception {
        servers = EmbeddedServices.start(dataDirectory, true, true);
        dataDir = servers.dataDir().toString();
        elasticsearch = servers.elasticsearchUri();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create schema if not exists bench");
            s.execute("create table if not exists bench.raw_event (global_index bigserial primary key, "
                    + "aggregate_id varchar(64) not null, seq bigint not null, type varchar(255) not null, "
                    + "time_stamp varchar(64) not null, payload bytea not null, unique (aggregate_id, seq))");
            s.execute("create table if not exists bench.crud_stock (id varchar(64) primary key, "
                    + "on_hand numeric(19, 3) not null, version bigint not null)");
        }
        app = new SpringApplicationBuilder(OpsLedgerApplication.class)
                .run("--opsledger.data-dir=" + dataDirectory, "--server.port=0",
                        "--logging.level.org.axonframework=warn", "--logging.level.org.hibernate=warn",
                        // arguments, not default properties: application.yml sets these and would win
                        "--opsledger.security.admin-password=" + BENCH_PASSWORD,
                        // the load comes from one user on one address, far beyond a portal user's allowance
                        "--opsledger.security.rate-limit.api-per-ip=100000000",
                        "--opsledger.security.rate-limit.api-per-user=100000000",
                        "--opsledger.security.jwt.access-token-lifetime=12h");
        gateway = app.getBean(CommandGateway.class);
        readYourWrites = app.getBean(ReadYourWrites.class);
        processing = app.getBean(EventProcessingConfiguration.class);
        crud = app.getBean(CrudStockRepository.class);
        tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        bearer = "Bearer " + signIn();
    }

    /** Signs in as the bootstrap admin over HTTP, as a portal would. */
    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + BENCH_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot sign in: HTTP " + response.statusCode() + " " + response.body());
        }
        String body = response.body();
        int start = body.indexOf("\"accessToken\":\"") + "\"accessToken\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(servers.jdbcUrl(), servers.username(), servers.password());
    }

    static MetaData audit() {
        return MetaData.from(Map.of("userId", "bench", "clientIp", "127.0.0.1", "userAgent", "opsledger-bench",
                "requestMethod", "POST", "requestPath", "/api/v1/stock-items/x/receipts",
                "correlationId", java.util.UUID.randomUUID().toString()));
    }

    static ReceiveStockCommand receipt(String item) {
        return new ReceiveStockCommand(item, BigDecimal.ONE, null, null, null);
    }

    // ---------------------------------------------------------------------------------------------- seeding

    void seed() throws Exception {
        long t0 = System.nanoTime();
        int warehouses = 10;
        int products = (ITEMS + warehouses - 1) / warehouses;
        List<String> w = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (int i = 0; i < warehouses; i++) {
            String id = java.util.UUID.randomUUID().toString();
            gateway.sendAndWait(new CreateWarehouseCommand(id, "W" + i, "Warehouse " + i));
            w.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            String id = java.util.UUID.randomUUID().toString();
            p.add(id);
            int n = i;
            futures.add(pool.submit(() -> gateway.sendAndWait(new CreateProductCommand(id, "SKU-" + n,
                    "Bench product " + n, "pcs", BigDecimal.TEN, 3, null, null))));
        }
        for (var f : futures) {
            f.get();
        }
        futures.clear();
        for (int i = 0; i < ITEMS; i++) {
            String id = java.util.UUID.randomUUID().toString();
            items.add(id);
            String product = p.get(i / warehouses);
            String warehouse = w.get(i % warehouses);
            futures.add(pool.submit(() -> gateway.sendAndWait(new OpenStockItemCommand(id, product, warehouse))));
        }
        for (var f : futures) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "insert into bench.crud_stock (id, on_hand, version) values (?, 0, 0)")) {
            for (String id : items) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        new Random(1).nextBytes(PAYLOAD);
        catchUp(120);
        log("seeded %d products, %d warehouses, %d stock items in %.1f s", products, warehouses, ITEMS,
                (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------- processors

    long head() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long position(StreamingEventProcessor processor) {
        long min = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            OptionalLong position = status.getCurrentPosition();
            min = Math.min(min, position.orElse(-1));
            if (status.isReplaying()) {
                min = Math.min(min, position.orElse(-1));
            }
        }
        return min == Long.MAX_VALUE ? -1 : min;
    }

    List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
    }

    /** The smallest distance of any processor from the head of the event store. */
    long backlog() throws SQLException {
        long head = head();
        long worst = 0;
        for (StreamingEventProcessor p : processors()) {
            worst = Math.max(worst, head - position(p));
        }
        return worst;
    }

    /** Waits until every processor is at the head, at most maxSeconds; answers the backlog left. */
    long catchUp(int maxSeconds) throws Exception {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long backlog;
        while ((backlog = backlog()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return backlog;
    }

    // ---------------------------------------------------------------------------------------------- load runner

    Result run(String name, int clients, Op op) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + WARMUP * 1_000_000_000L;
        long end = measureFrom + SECONDS * 1_000_000_000L;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                Random random = new Random(me * 31L + clients);
                long[] lat = new long[1 << 16];
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        String item = items.get(random.nextInt(items.size()));
                        boolean ok = true;
                        try {
                            op.run(item);
                        } catch (Exception | AssertionError e) {
                            ok = false;
                            if (errors.incrementAndGet() <= 3) {
                                log("  %s error: %s", name, e);
                            }
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end && ok) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t1 - t0;
                        }
                    }
                } finally {
                    latencies[me] = lat;
                    counts[me] = n;
                    done.countDown();
                }
            }, "bench-client-" + t);
        }
        for (Thread t : threads) {
            t.start();
        }
        // resources over the measured window only
        sleepUntil(measureFrom);
        long[] m0 = Proc.machineTicks();
        long self = ProcessHandle.current().pid();
        List<Long> pg = Proc.postgresPids(dataDir);
        List<Long> es = Proc.elasticsearchPids();
        long jvm0 = Proc.cpuTicks(self);
        long[] pg0 = Proc.each(pg);
        long es0 = Proc.ticks(es);
        long maxRss = 0;
        long maxHeap = 0;
        long gc0 = gcMillis();
        var memory = ManagementFactory.getMemoryMXBean();
        while (System.nanoTime() < end) {
            maxRss = Math.max(maxRss, Proc.rssKb(self));
            maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(200);
        }
        long[] m1 = Proc.machineTicks();
        long jvm1 = Proc.cpuTicks(self);
        long pg1 = Proc.delta(pg0, Proc.each(pg));
        long es1 = Proc.ticks(es);
        long gc1 = gcMillis();
        done.await();
        long backlog = backlog();
        int cores = Runtime.getRuntime().availableProcessors();
        double wall = SECONDS * 100.0; // ticks per core over the window
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        Result r = new Result(name, clients, total, SECONDS, errors.get(), pct(all, 0.50), pct(all, 0.99),
                cores * (m1[0] - m0[0]) / (double) Math.max(1, m1[1] - m0[1]), (jvm1 - jvm0) / wall,
                pg1 / wall, (es1 - es0) / wall, maxRss, maxHeap >> 20, backlog,
                (gc1 - gc0) / (SECONDS * 10.0), liveHeapMb());
        log("%-28s c=%-2d %8.0f ops/s  p50 %7.2f ms  p99 %7.2f ms  err %d  cpu machine %.2f jvm %.2f pg %.2f es %.2f  "
                        + "rss %d MB heap %d MB (live %d MB, GC %.1f %%)  backlog %d", name, clients, r.rate(), r.p50,
                r.p99, r.errors, r.machineCores, r.jvmCores, r.pgCores, r.esCores, r.maxRssKb >> 10, r.maxHeapMb,
                r.liveHeapMb, r.gcPercent, r.backlog);
        return r;
    }

    /** Time spent in garbage collection so far, all collectors. */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** The old generation as the last collection of it left it: what the application really keeps. */
    static long liveHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().contains("Old Gen") && pool.getCollectionUsage() != null)
                .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum() >> 20;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000), 0);
        }
    }

    // ---------------------------------------------------------------------------------------------- the operations

    Op rawJdbc() {
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                Connection c = connect();
                c.setAutoCommit(true);
                return c.prepareStatement("insert into bench.raw_event (aggregate_id, seq, type, time_stamp, payload) "
                        + "values (?, ?, ?, ?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        return item -> {
            PreparedStatement ps = statements.get();
            ps.setString(1, item);
            ps.setLong(2, rawSeq.getAndIncrement(index.get(item)));
            ps.setString(3, "com.opsledger.kernel.stockitem.StockReceivedEvent");
            ps.setString(4, Instant.now().toString());
            ps.setBytes(5, PAYLOAD);
            ps.executeUpdate();
        };
    }

    Op jpaCrud() {
        return item -> {
            for (int attempt = 0; ; attempt++) {
                try {
                    tx.executeWithoutResult(status -> {
                        CrudStockRow row = crud.findById(item).orElseThrow();
                        row.onHand = row.onHand.add(BigDecimal.ONE);
                        crud.save(row);
                    });
                    return;
                } catch (OptimisticLockingFailureException e) {
                    if (attempt > 10) {
                        throw e;
                    }
                }
            }
        };
    }

    Op gatewayOnly() {
        return item -> gateway.sendAndWait(receipt(item), audit());
    }

    Op gatewayReadYourWrites() {
        return item -> {
            gateway.sendAndWait(receipt(item), audit());
            if (!readYourWrites.awaitReadModels(item)) {
                throw new IllegalStateException("read models did not catch up within the time-out");
            }
        };
    }

    Op httpReceipt() {
        return item -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/stock-items/" + item + "/receipts"))
                    .header("Content-Type", "application/json").header("Authorization", bearer)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
            }
            if (!"current".equals(response.headers().firstValue("X-Read-Models").orElse(""))) {
                throw new IllegalStateException("answered before the read models caught up");
            }
        };
    }

    // ---------------------------------------------------------------------------------------------- 1 + 3: throughput

    final Map<String, Result> results = new HashMap<>();
    final Map<String, List<String>> profiles = new HashMap<>();

    /**
     * The application is large: on 2 cores its JIT compilers keep about one core busy for the first minutes of load
     * (measured with {@code jstat -compiler}: ~150 s of compile time in the first 3 minutes), which would count
     * against whichever rows run first. Before any row, the product's paths (gateway, read-your-writes, HTTP) run
     * under load until the compilers are done, or at most {@code bench.jit-warmup-seconds}.
     */
    void warmUp() throws Exception {
        if (JIT_WARMUP <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        var compilation = ManagementFactory.getCompilationMXBean();
        Op[] ops = {gatewayOnly(), gatewayReadYourWrites(), httpReceipt()};
        long deadline = t0 + JIT_WARMUP * 1_000_000_000L;
        long compiled = compilation.getTotalCompilationTime();
        int round = 0;
        while (System.nanoTime() < deadline) {
            Op op = ops[round++ % ops.length];
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Random random = new Random(round);
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String item = items.get(random.nextInt(items.size()));
                futures.add(pool.submit(() -> {
                    op.run(item);
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
            pool.shutdown();
            long now = compilation.getTotalCompilationTime();
            // done when a round of all three paths added under a second of compile time
            if (round % ops.length == 0) {
                if (now - compiled < 1000 && round >= 2 * ops.length) {
                    break;
                }
                compiled = now;
            }
        }
        catchUp(120);
        log("warm-up: %d rounds of 400 commands in %.0f s; JIT compile time so far %.0f s", round,
                (System.nanoTime() - t0) / 1e9, compilation.getTotalCompilationTime() / 1000.0);
    }

    void throughput() throws Exception {
        String[] names = {"raw JDBC insert", "JPA CRUD", "gateway (command only)", "gateway + read-your-writes",
                "HTTP POST (read-your-writes)"};
        Op[] ops = {rawJdbc(), jpaCrud(), gatewayOnly(), gatewayReadYourWrites(), httpReceipt()};
        for (int clients : LEVELS) {
            for (int v = 0; v < names.length; v++) {
                catchUp(60);
                CpuProfile profile = PROFILE && clients == LEVELS[LEVELS.length - 1] && v >= 2
                        ? new CpuProfile(OUT.resolve("cpu-" + v + "-c" + clients + ".jfr")) : null;
                Result r = run(names[v], clients, ops[v]);
                results.put(names[v] + "@" + clients, r);
                if (profile != null) {
                    try (profile) {
                        profiles.put(names[v] + "@" + clients, profile.stopAndSummarise());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- 2: lag

    record Probe(String item, long version, long ack) {
    }

    String lagSummary;

    void lag() throws Exception {
        long w0 = System.nanoTime();
        long backlogAtStart = catchUp(LAG_CATCH_UP);
        double waited = (System.nanoTime() - w0) / 1e9;
        log("lag: waited %.1f s for the processors (at most %d s), backlog %d events at the start", waited,
                LAG_CATCH_UP, backlogAtStart);
        Map<String, AtomicLong> versions = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, version from stock_item_view")) {
            while (rs.next()) {
                versions.put(rs.getString(1), new AtomicLong(rs.getLong(2)));
            }
        }
        ConcurrentLinkedQueue<Probe> toPg = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> toEs = new ConcurrentLinkedQueue<>();
        List<Long> pgLags = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> esLags = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> acks = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong sendErrors = new AtomicLong();
        long intervalNanos = 1_000_000_000L / LAG_RATE;
        int total = LAG_RATE * LAG_SECONDS;
        ExecutorService senders = Executors.newFixedThreadPool(32);
        volatileRunning = true;
        Thread pgPoller = new Thread(() -> poll(toPg, pgLags, this::pgVersions, 2), "bench-poll-pg");
        Thread esPoller = new Thread(() -> poll(toEs, esLags, this::esVersions, 10), "bench-poll-es");
        pgPoller.start();
        esPoller.start();
        CpuProfile profile = PROFILE ? new CpuProfile(OUT.resolve("cpu-lag.jfr")) : null;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            sleepUntil(start + i * intervalNanos);
            String item = items.get(i % items.size());
            boolean probe = i % 5 == 0;
            senders.execute(() -> {
                long expected = versions.get(item).incrementAndGet();
                long t0 = System.nanoTime();
                try {
                    gateway.sendAndWait(receipt(item), audit());
                } catch (RuntimeException e) {
                    sendErrors.incrementAndGet();
                    return;
                }
                long ack = System.nanoTime();
                acks.add(ack - t0);
                if (probe) {
                    toPg.add(new Probe(item, expected, ack));
                    toEs.add(new Probe(item, expected, ack));
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        double achieved = acks.size() / ((System.nanoTime() - start) / 1e9);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while ((!toPg.isEmpty() || !toEs.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        volatileRunning = false;
        pgPoller.join();
        esPoller.join();
        if (profile != null) {
            try (profile) {
                profiles.put(LAG_PROFILE, profile.stopAndSummarise());
            }
        }
        long[] a = acks.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] p = pgLags.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] e = esLags.stream().mapToLong(Long::longValue).sorted().toArray();
        lagSummary = String.format("| %,d events after %.0f s of waiting (at most %d s) | %d/s for %d s (achieved %.0f/s, %d send errors) | %.2f / %.2f | %.1f / %.1f / %.1f (%d probes, %d unseen) "
                        + "| %.1f / %.1f / %.1f (%d probes, %d unseen) |",
                backlogAtStart, waited, LAG_CATCH_UP, LAG_RATE, LAG_SECONDS, achieved, sendErrors.get(), pct(a, 0.5),
                pct(a, 0.99),
                pct(p, 0.5), pct(p, 0.99), p.length == 0 ? Double.NaN : p[p.length - 1] / 1e6, p.length, toPg.size(),
                pct(e, 0.5), pct(e, 0.99), e.length == 0 ? Double.NaN : e[e.length - 1] / 1e6, e.length, toEs.size());
        summary.lag = new Summary.Lag(LAG_RATE, achieved, pct(p, 0.5), pct(p, 0.99), toPg.size(), pct(e, 0.5),
                pct(e, 0.99), toEs.size(), backlogAtStart, waited);
        log("lag: %s", lagSummary);
    }

    volatile boolean volatileRunning;

    static final String LAG_PROFILE = "lag phase (sending, then waiting for the probes)";

    interface VersionReader {
        Map<String, Long> read(List<String> ids) throws Exception;
    }

    void poll(ConcurrentLinkedQueue<Probe> queue, List<Long> lags, VersionReader reader, long pauseMillis) {
        List<Probe> waiting = new ArrayList<>();
        while (volatileRunning || !queue.isEmpty() || !waiting.isEmpty()) {
            Probe next;
            while ((next = queue.poll()) != null) {
                waiting.add(next);
            }
            if (!waiting.isEmpty()) {
                try {
                    Map<String, Long> seen = reader.read(waiting.stream().map(Probe::item).distinct().toList());
                    long now = System.nanoTime();
                    waiting.removeIf(probe -> {
                        Long v = seen.get(probe.item());
                        if (v != null && v >= probe.version()) {
                            lags.add(Math.max(0, now - probe.ack()));
                            return true;
                        }
                        return false;
                    });
                } catch (Exception e) {
                    log("poll error %s", e);
                }
            }
            if (!volatileRunning && System.nanoTime() > 0 && queue.isEmpty() && waiting.isEmpty()) {
                break;
            }
            if (!volatileRunning) {
                // drained by the caller's deadline: give up on what is left
                queue.addAll(waiting);
                waiting.clear();
                break;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Connection pollConnection;

    Map<String, Long> pgVersions(List<String> ids) throws SQLException {
        if (pollConnection == null) {
            pollConnection = connect();
        }
        Map<String, Long> seen = new HashMap<>();
        try (PreparedStatement ps = pollConnection.prepareStatement(
                "select id, version from stock_item_view where id = any(?)")) {
            Array array = pollConnection.createArrayOf("varchar", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return seen;
    }

    private static final Pattern HIT = Pattern.compile("\"_id\":\"stockItem:([^\"]+)\".*?\"version\":(\\d+)");

    Map<String, Long> esVersions(List<String> ids) throws Exception {
        StringBuilder values = new StringBuilder();
        for (String id : ids) {
            values.append(values.length() == 0 ? "" : ",").append("\"stockItem:").append(id).append('"');
        }
        String body = "{\"size\":" + ids.size() * 2 + ",\"_source\":[\"version\"],\"query\":{\"ids\":{\"values\":["
                + values + "]}}}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch
                        + "/opsledger-*/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Long> seen = new HashMap<>();
        Matcher m = HIT.matcher(response.body());
        while (m.find()) {
            seen.merge(m.group(1), Long.parseLong(m.group(2)), Math::max);
        }
        return seen;
    }

    // ---------------------------------------------------------------------------------------------- 4: replay

    final List<String> replays = new ArrayList<>();

    void replay(String processorName) throws Exception {
        catchUp(120);
        long head = head();
        long events;
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            events = rs.getLong(1);
        }
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        long t0 = System.nanoTime();
        processor.start();
        long deadline = t0 + REPLAY_LIMIT * 1_000_000_000L;
        long self = ProcessHandle.current().pid();
        long jvm0 = Proc.cpuTicks(self);
        List<Long> pgPids = Proc.postgresPids(dataDir);
        long[] pg0 = Proc.each(pgPids);
        List<Long> es = Proc.elasticsearchPids();
        long es0 = Proc.ticks(es);
        long position = -1;
        Thread.sleep(100);
        while (System.nanoTime() < deadline) {
            position = position(processor);
            boolean replaying = processor.isReplaying();
            if (!replaying && position >= head) {
                break;
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double wall = seconds * 100;
        boolean finished = position >= head && !processor.isReplaying();
        String line = String.format("| %s | %d events (global index up to %d) | %s %.1f s | %.0f events/s | jvm %.2f pg %.2f es %.2f cores |",
                processorName, events, head, finished ? "done in" : "NOT done, position " + position + " after",
                seconds, (finished ? events : (double) events * position / head) / seconds,
                (Proc.cpuTicks(self) - jvm0) / wall, Proc.delta(pg0, Proc.each(pgPids)) / wall,
                (Proc.ticks(es) - es0) / wall);
        replays.add(line);
        double rate = (finished ? events : (double) events * Math.max(0, position) / head) / seconds;
        summary.replays.add(new Summary.Replay("replay phase", processorName, events, rate, finished,
                finished ? String.format("(whole replay, %.1f s)", seconds)
                        : String.format("(NOT finished at its %d s cap)", REPLAY_LIMIT)));
        log("replay %s", line);
    }

    // ---------------------------------------------------------------------------------------------- report

    static void log(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[bench] " + java.time.LocalTime.now(ZoneOffset.UTC) + " " + line);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| clients | variant | ops/s | p50 ms | p99 ms | errors | ÷ raw JDBC | ÷ JPA CRUD | CPU machine / JVM / PG / ES (cores) | JVM RSS MB | heap used MB (old gen after GC) | GC % | processor backlog at end |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        String[] names = {"raw JDBC insert", "JPA CRUD", "gateway (command only)", "gateway + read-your-writes",
                "HTTP POST (read-your-writes)"};
        for (int clients : LEVELS) {
            Result raw = results.get(names[0] + "@" + clients);
            Result crudResult = results.get(names[1] + "@" + clients);
            for (String name : names) {
                Result r = results.get(name + "@" + clients);
                out.append(String.format("| %d | %s | %.0f | %.2f | %.2f | %d | %.2f | %.2f | %.2f / %.2f / %.2f / %.2f | %d | %d (%d) | %.1f | %d |\n",
                        clients, name, r.rate(), r.p50, r.p99, r.errors, r.rate() / raw.rate(),
                        r.rate() / crudResult.rate(), r.machineCores, r.jvmCores, r.pgCores, r.esCores,
                        r.maxRssKb >> 10, r.maxHeapMb, r.liveHeapMb, r.gcPercent, r.backlog));
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path out = OUT;
        Path data = Path.of(System.getProperty("bench.data-dir", "bench/target/bench-data/run-" + stamp))
                .toAbsolutePath();
        Files.createDirectories(out);
        Files.createDirectories(data);
        List<String> which = Arrays.stream(System.getProperty("bench.only", String.join(",", PHASES)).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String phase : which) {
            if (!PHASES.contains(phase)) {
                System.err.println("unknown phase in bench.only: " + phase + " (phases: " + PHASES + ")");
                System.exit(2);
            }
        }
        Instant began = Instant.now();
        log("phases: %s; data directory %s", which, data);
        Bench bench;
        try {
            bench = new Bench(data);
        } catch (Exception e) {
            // the application may be up with its servers: exit rather than leave them running
            e.printStackTrace();
            System.exit(1);
            return;
        }
        StringBuilder md = new StringBuilder();
        try {
            bench.seed();
            bench.warmUp();
            if (which.contains("throughput")) {
                bench.throughput();
                md.append("## Command throughput (receipts on random stock items)\n\n").append(bench.table()).append('\n');
                md.append("## CPU profile of this JVM at the highest concurrency (warm-up and measured window)\n\n");
                bench.profiles.forEach((k, v) -> {
                    md.append("### ").append(k).append("\n\n");
                    v.forEach(l -> md.append(l).append('\n'));
                    md.append('\n');
                });
            }
            if (which.contains("lag")) {
                bench.lag();
                md.append("## Projection lag (in-process gateway, paced; lag from acknowledgement to visible)\n\n")
                        .append("| processors' backlog at the start | load | ack p50 / p99 ms | PostgreSQL view p50 / p99 / max ms | Elasticsearch search p50 / p99 / max ms |\n|---|---|---|---|---|\n")
                        .append(bench.lagSummary).append("\n\n");
                List<String> lagProfile = bench.profiles.get(LAG_PROFILE);
                if (lagProfile != null) {
                    md.append("### CPU profile of this JVM during the lag phase\n\n");
                    lagProfile.forEach(l -> md.append(l).append('\n'));
                    md.append('\n');
                }
            }
            if (which.contains("replay")) {
                bench.replay("stock-items-postgres");
                bench.replay("stock-search-elastic");
                md.append("## Replay (resetTokens, whole event store)\n\n| processor | store | time | rate | CPU |\n|---|---|---|---|---|\n");
                bench.replays.forEach(l -> md.append(l).append('\n'));
                md.append('\n');
            }
            if (which.contains("scale")) {
                new ScaleBench(bench).run(md);
            }
        } catch (Exception | Error e) {
            log("run stopped by %s", e);
            md.append("**The run stopped early:** ").append(String.valueOf(e).replace('|', '/')).append("\n\n");
            throw e;
        } finally {
            String report = Summary.header(began, String.format("Phases: %s; %d stock items, %d s warm-up + %d s "
                            + "measured per throughput row; event processors: %s", String.join(", ", which), ITEMS,
                    WARMUP, SECONDS, bench.app.getEnvironment().getProperty("opsledger.processors.kind")))
                    + bench.summary.table(bench.results, LEVELS) + md;
            Path file = out.resolve("results-" + stamp + ".md");
            Files.writeString(file, report);
            Files.writeString(out.resolve("latest.md"), report);
            System.out.println(report);
            log("report written to %s (%.0f min)", file, Duration.between(began, Instant.now()).toSeconds() / 60.0);
            bench.app.close();
            System.exit(0);
        }
    }
}
