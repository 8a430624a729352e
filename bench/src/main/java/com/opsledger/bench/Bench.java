package com.opsledger.bench;

import com.opsledger.OpsLedgerApplication;
import com.opsledger.command.web.ReadYourWrites;
import com.opsledger.infra.embedded.EmbeddedServices;
import com.opsledger.kernel.catalog.CreateProductCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.warehouse.CreateWarehouseCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    /** A replay not live at its cap is followed this much longer, so that the next one does not run alongside it. */
    static final int REPLAY_DRAIN = Integer.getInteger("bench.replay.drain-seconds", 600);
    /** After a throughput row's load, how long to wait for every processor to reach the head (its CPU is counted). */
    static final int ROW_CATCH_UP = Integer.getInteger("bench.row.catch-up-seconds", 120);
    /**
     * PostgreSQL's backends report their transaction counts to {@code pg_stat_database} at most once a second while
     * busy and up to 10 s after they go idle: a row's commit count is read this long after the load and the catch-up.
     */
    static final int STATS_SETTLE = Integer.getInteger("bench.pg-stats-settle-seconds", 11);
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
                  long maxHeapMb, long backlog, double gcPercent, long liveHeapMb, RowCost cost) {
        double rate() {
            return ops / seconds;
        }

        double cpuMsPerCommand() {
            return cost.cpuMsPerCommand();
        }

        double commitsPerCommand() {
            return cost.commitsPerCommand();
        }
    }

    /**
     * What a row's commands cost the whole system, counted from the start of its load (every processor at the head,
     * PostgreSQL's statistics settled) until every processor has caught up after it: JVM (including the load
     * generator), PostgreSQL and Elasticsearch CPU, and PostgreSQL commits, divided by every command the row sent
     * (warm-up, measured, and those still running at the end of the measured window).
     */
    record RowCost(long commands, double cpuSeconds, long commits, long backlogAtStart, double catchUpSeconds,
                   long backlogLeft) {
        double cpuMsPerCommand() {
            return commands == 0 ? Double.NaN : cpuSeconds * 1000 / commands;
        }

        double commitsPerCommand() {
            return commands == 0 ? Double.NaN : (double) commits / commands;
        }

        boolean caughtUp() {
            return backlogLeft == 0;
        }

        String catchUp() {
            return caughtUp() ? String.format("%.1f s", catchUpSeconds)
                    : String.format("NOT caught up in %.0f s (%,d events behind)", catchUpSeconds, backlogLeft);
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

    private Connection probe;
    /** Statements (one transaction each) the bench itself ran on its probe connection. */
    private long probeStatements;

    /** One value from the bench's own connection, kept open so that polling does not start a backend each time. */
    synchronized long probeQuery(String sql) throws SQLException {
        if (probe == null || probe.isClosed()) {
            probe = connect();
            probe.setAutoCommit(true);
        }
        probeStatements++;
        try (Statement s = probe.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    synchronized long probeStatements() {
        return probeStatements;
    }

    long head() throws SQLException {
        return probeQuery("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /** Transactions committed in every database of the server so far (as far as the backends have reported them). */
    long commits() throws SQLException {
        return probeQuery("select coalesce(sum(xact_commit), 0) from pg_stat_database");
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
        return catchUp(maxSeconds, 50);
    }

    long catchUp(int maxSeconds, long pauseMillis) throws Exception {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long backlog;
        while ((backlog = backlog()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(pauseMillis);
        }
        return backlog;
    }

    /** CPU ticks of this JVM, of each PostgreSQL process and of Elasticsearch, at one moment. */
    record Ticks(long jvm, Map<Long, Long> pg, List<Long> esPids, long es) {
        /**
         * CPU seconds used since {@code before}; a PostgreSQL process started since then counts all its CPU, one that
         * has exited counts nothing (the bench's own connections are opened before and kept).
         */
        double secondsSince(Ticks before) {
            long pgTicks = 0;
            for (var e : pg.entrySet()) {
                Long was = before.pg.get(e.getKey());
                pgTicks += was == null ? e.getValue() : Math.max(0, e.getValue() - was);
            }
            return (jvm - before.jvm + pgTicks + Math.max(0, es - before.es)) / 100.0;
        }
    }

    Ticks ticks(List<Long> esPids) {
        Map<Long, Long> pg = new HashMap<>();
        for (long pid : Proc.postgresPids(dataDir)) {
            pg.put(pid, Proc.cpuTicks(pid));
        }
        return new Ticks(Proc.cpuTicks(ProcessHandle.current().pid()), pg, esPids, Proc.ticks(esPids));
    }

    private long statsSettledAt = Long.MIN_VALUE;
    /** Transactions PostgreSQL commits a second with no load (processors polling, claims, scheduled work). */
    double idleCommitsPerSecond = Double.NaN;
    /** JVM + PostgreSQL + Elasticsearch CPU with no load, in cores (reported, not subtracted). */
    double idleCores = Double.NaN;

    /**
     * Measures {@link #idleCommitsPerSecond} (and {@link #idleCores}) over one settle wait with no load: this
     * background goes on during a whole row, so a row's commits count only what it commits above it.
     */
    void measureIdleCommits() throws Exception {
        catchUp(60);
        settleStats();
        long c0 = commits();
        long p0 = probeStatements() - 1;
        Ticks cpu0 = ticks(Proc.elasticsearchPids());
        long t0 = System.nanoTime();
        Thread.sleep(STATS_SETTLE * 1000L);
        double cpu = ticks(cpu0.esPids()).secondsSince(cpu0);
        long own = probeStatements() - p0;
        long c1 = commits();
        double seconds = (System.nanoTime() - t0) / 1e9;
        idleCommitsPerSecond = Math.max(0, c1 - c0 - own) / seconds;
        idleCores = cpu / seconds;
        statsSettledAt = System.nanoTime();
        log("with no load: PostgreSQL commits %.1f transactions a second (%d in %.1f s); JVM + PG + ES use %.2f cores",
                idleCommitsPerSecond, c1 - c0 - own, seconds, idleCores);
    }

    /** Waits until PostgreSQL's statistics hold what was done so far, unless the last row's end just did. */
    void settleStats() throws InterruptedException {
        if (statsSettledAt == Long.MIN_VALUE || System.nanoTime() - statsSettledAt > 1_000_000_000L) {
            Thread.sleep(STATS_SETTLE * 1000L);
        }
    }

    // ---------------------------------------------------------------------------------------------- load runner

    Result run(String name, int clients, Op op) throws Exception {
        long backlogAtStart = backlog();
        settleStats();
        List<Long> esPids = Proc.elasticsearchPids();
        long commits0 = commits();
        long probe0 = probeStatements() - 1; // the reading above is the bench's own transaction too
        Ticks row0 = ticks(esPids);
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long rowFrom = start;
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
                        sent.incrementAndGet();
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
        // the processors' work for these commands is theirs too: count on until every processor is at the head
        long loadEnded = System.nanoTime();
        long left = catchUp(ROW_CATCH_UP, 100);
        double catchUpSeconds = (System.nanoTime() - loadEnded) / 1e9;
        double cpuSeconds = ticks(esPids).secondsSince(row0);
        Thread.sleep(STATS_SETTLE * 1000L);
        long ownStatements = probeStatements() - probe0;
        long counted = commits() - commits0 - ownStatements;
        statsSettledAt = System.nanoTime();
        // what PostgreSQL commits with no load goes on through the row (load, catch-up, settle wait): not the row's
        long background = Double.isNaN(idleCommitsPerSecond) ? 0
                : Math.round(idleCommitsPerSecond * (statsSettledAt - rowFrom) / 1e9);
        long commits = Math.max(0, counted - background);
        RowCost cost = new RowCost(sent.get(), cpuSeconds, commits, backlogAtStart, catchUpSeconds, left);
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
                (gc1 - gc0) / (SECONDS * 10.0), liveHeapMb(), cost);
        log("%-28s c=%-2d %8.0f ops/s  p50 %7.2f ms  p99 %7.2f ms  err %d  cpu machine %.2f jvm %.2f pg %.2f es %.2f  "
                        + "rss %d MB heap %d MB (live %d MB, GC %.1f %%)  backlog %d", name, clients, r.rate(), r.p50,
                r.p99, r.errors, r.machineCores, r.jvmCores, r.pgCores, r.esCores, r.maxRssKb >> 10, r.maxHeapMb,
                r.liveHeapMb, r.gcPercent, r.backlog);
        log("%-28s c=%-2d %d commands: CPU %.1f s = %.2f ms per command, %d commits (%d counted less %d of the "
                        + "no-load background over the row) = %.2f per command; backlog %d at the start; catch-up %s", name, clients,
                cost.commands(), cpuSeconds, cost.cpuMsPerCommand(), commits, counted, background,
                cost.commitsPerCommand(), backlogAtStart, cost.catchUp());
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
        measureIdleCommits();
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
    private final ObjectMapper json = new ObjectMapper();

    record ReplayState(String state, long position, String percentDone, boolean live) {
    }

    /** One reading of {@code GET /api/v1/admin/projections/{name}}; null when it did not answer 200. */
    ReplayState projection(String projection, long head) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/admin/projections/" + projection)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode view = json.readTree(response.body());
        String state = view.path("state").asText();
        long position = view.path("position").isNumber() ? view.path("position").asLong() : -1;
        return new ReplayState(state, position, view.path("percentDone").asText(),
                "live".equals(state) && position >= head);
    }

    /** Reads a replay's progress until it is live at {@code head}, has failed, or the deadline (nanoTime) passes. */
    ReplayState followReplay(String projection, long head, long deadline, long pauseMillis) throws Exception {
        ReplayState last = new ReplayState("?", -1, "", false);
        long lastLog = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(pauseMillis);
            ReplayState now = projection(projection, head);
            if (now == null) {
                continue;
            }
            last = now;
            if (now.live() || "failed".equals(now.state())) {
                return now;
            }
            if (System.nanoTime() - lastLog > 30_000_000_000L) {
                lastLog = System.nanoTime();
                log("replay %s %s at %d of %d (%s%% done)", projection, now.state(), now.position(), head,
                        now.percentDone());
            }
        }
        return last;
    }

    /**
     * The product's replay of one projection: {@code POST /api/v1/admin/projections/{name}/replay} with the bench's
     * admin token (the projection is rebuilt aside in a processor of its own and switched over once caught up), then
     * {@code GET /api/v1/admin/projections/{name}} until it is live at the head the store had when it started.
     */
    void replay(String projection) throws Exception {
        catchUp(120);
        long head = head();
        long events = probeQuery("select count(*) from domain_event_entry");
        List<Long> esPids = Proc.elasticsearchPids();
        long self = ProcessHandle.current().pid();
        long jvm0 = Proc.cpuTicks(self);
        List<Long> pgPids = Proc.postgresPids(dataDir);
        long[] pg0 = Proc.each(pgPids);
        long es0 = Proc.ticks(esPids);
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/admin/projections/" + projection + "/replay")).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202 && started.statusCode() != 200) {
            String line = String.format("| %s | %,d events | replay refused: HTTP %d %s | | |", projection, events,
                    started.statusCode(), started.body().replace('|', '/'));
            replays.add(line);
            log("replay %s", line);
            return;
        }
        ReplayState end = followReplay(projection, head, t0 + REPLAY_LIMIT * 1_000_000_000L, 100);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double wall = seconds * 100;
        long jvm1 = Proc.cpuTicks(self);
        long pg1 = Proc.delta(pg0, Proc.each(pgPids));
        long es1 = Proc.ticks(esPids);
        boolean finished = end.live();
        double rate = (finished ? events : (double) events * Math.max(0, end.position()) / Math.max(1, head))
                / seconds;
        String time = finished ? String.format("live in %.1f s", seconds)
                : String.format("NOT live (%s, position %d of %d) after %.1f s", end.state(), end.position(), head,
                        seconds);
        if (!finished && !"failed".equals(end.state())) {
            log("replay %s reached its %d s cap; following it until it is live (at most %d s more)", projection,
                    REPLAY_LIMIT, REPLAY_DRAIN);
            ReplayState drained = followReplay(projection, head, System.nanoTime() + REPLAY_DRAIN * 1_000_000_000L,
                    1000);
            double total = (System.nanoTime() - t0) / 1e9;
            time += drained.live() ? String.format("; live %.1f s after it started", total)
                    : String.format("; still NOT live %.0f s after it started (%s)", total, drained.state());
        }
        String line = String.format("| %s | %,d events (global index up to %,d) | %s | %.0f events/s%s | jvm %.2f pg %.2f es %.2f cores |",
                projection, events, head, time, rate, finished ? "" : " (estimated from its position)",
                (jvm1 - jvm0) / wall, pg1 / wall, (es1 - es0) / wall);
        replays.add(line);
        summary.replays.add(new Summary.Replay("replay phase", projection, events, rate, finished,
                finished ? String.format("(whole replay until live, %.1f s)", seconds)
                        : String.format("(NOT live at its %d s cap)", REPLAY_LIMIT)));
        log("replay %s", line);
    }

    // ---------------------------------------------------------------------------------------------- report

    static void log(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[bench] " + java.time.LocalTime.now(ZoneOffset.UTC) + " " + line);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| clients | variant | ops/s | p50 ms | p99 ms | errors | ÷ raw JDBC | ÷ JPA CRUD | CPU machine / JVM / PG / ES (cores) | CPU per command | commits per command | JVM RSS MB | heap used MB (old gen after GC) | GC % | processor backlog at end | catch-up after the row |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
        String[] names = {"raw JDBC insert", "JPA CRUD", "gateway (command only)", "gateway + read-your-writes",
                "HTTP POST (read-your-writes)"};
        for (int clients : LEVELS) {
            Result raw = results.get(names[0] + "@" + clients);
            Result crudResult = results.get(names[1] + "@" + clients);
            for (String name : names) {
                Result r = results.get(name + "@" + clients);
                if (r == null) {
                    continue;
                }
                out.append(String.format("| %d | %s | %.0f | %.2f | %.2f | %d | %.2f | %.2f | %.2f / %.2f / %.2f / %.2f | %.2f ms | %.2f | %d | %d (%d) | %.1f | %d | %s%s |\n",
                        clients, name, r.rate(), r.p50, r.p99, r.errors,
                        raw == null ? Double.NaN : r.rate() / raw.rate(),
                        crudResult == null ? Double.NaN : r.rate() / crudResult.rate(), r.machineCores, r.jvmCores,
                        r.pgCores, r.esCores, r.cpuMsPerCommand(), r.commitsPerCommand(), r.maxRssKb >> 10,
                        r.maxHeapMb, r.liveHeapMb, r.gcPercent, r.backlog, r.cost.catchUp(),
                        r.cost.backlogAtStart() == 0 ? "" : String.format(" (%,d behind at the start)",
                                r.cost.backlogAtStart())));
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
                .map(String::strip).filter(s -> !s.isEmpty()).filter(s -> !"http".equals(s)).toList();
        // "http" is the outside measurement that bench/run starts after this JVM (bench/http)
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
                md.append("## Command throughput (receipts on random stock items)\n\n")
                        .append("The CPU columns are over the measured window; the JVM's CPU includes the in-process "
                                + "load generator (the client threads and, for the HTTP rows, the HTTP client). `CPU "
                                + "per command` (ms) = JVM + PostgreSQL + Elasticsearch CPU ÷ commands, and `commits "
                                + "per command` = the rise of `sum(xact_commit)` in `pg_stat_database` (less the "
                                + "bench's own queries, and less what PostgreSQL commits with no load over the same "
                                + "time: ").append(String.format("%.1f", bench.idleCommitsPerSecond))
                        .append(" transactions a second, measured before the first row, mostly the processors' idle "
                                + "polling; under load it may differ) ÷ commands, both counted from the start of the row's load "
                                + "(every processor at the head) through its warm-up and measured seconds until every "
                                + "processor has caught up after it (at most ").append(ROW_CATCH_UP)
                        .append(" s, `catch-up after the row`), divided by every command the row sent. The start of "
                                + "the load rather than of the measured window, because PostgreSQL's backends report "
                                + "their commits up to a second late under load (and so a row's commits are read ")
                        .append(STATS_SETTLE).append(" s after its catch-up), and the processors may still be behind "
                                + "with the warm-up's events when the measured window opens. The CPU is not reduced by "
                                + "the no-load background (JVM + PostgreSQL + Elasticsearch: ")
                        .append(String.format("%.2f", bench.idleCores)).append(" cores with no load), which "
                                + "weighs on slow rows.\n\n")
                        .append(bench.table()).append('\n');
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
                md.append("## Replay (the product's replay of one projection, whole event store)\n\n")
                        .append("`POST /api/v1/admin/projections/{name}/replay` with the bench's admin token, then `GET "
                                + "/api/v1/admin/projections/{name}` every 100 ms until `state` is `live` at the head "
                                + "the store had when it started (at most ").append(REPLAY_LIMIT).append(" s). Rate = "
                                + "events in the store ÷ seconds until live.\n\n")
                        .append("| projection | store | time | rate | CPU |\n|---|---|---|---|---|\n");
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
                            + "measured per throughput row; event processors: %s\n- JVM CPU (the JVM column and "
                            + "`CPU per command`) includes the in-process load generator: the bench's client threads "
                            + "run in the application's JVM", String.join(", ", which), ITEMS,
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
