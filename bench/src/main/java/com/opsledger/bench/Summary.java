package com.opsledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The figures of one run, collected while the phases run, and the report's header and summary table built from
 * them. A phase left out by {@code bench.only} (or stopped by a failure) leaves its rows "not measured".
 */
final class Summary {

    static final long MILLION = 1_000_000;
    static final String NOT_MEASURED = "not measured";

    record Lag(int askedRate, double achievedRate, double pgP50, double pgP99, int pgUnseen, double esP50,
               double esP99, int esUnseen, long backlogAtStart, double waitedSeconds) {
    }

    record Replay(String phase, String processor, long storeEvents, double rate, boolean finished, String how) {
    }

    record Growth(long history, double p50) {
    }

    record Query(long rows, String endpoint, int targetMs, double p95, long searchDocuments) {
    }

    Lag lag;
    final List<Replay> replays = new ArrayList<>();
    final List<Growth> growth = new ArrayList<>();
    final List<Query> queries = new ArrayList<>();

    // ---------------------------------------------------------------------------------------------- header

    static String header(Instant began, String items) {
        StringBuilder out = new StringBuilder();
        out.append("# OpsLedger bench run ").append(began).append("\n\n");
        out.append("- Command: `").append(command()).append("`\n");
        out.append("- Date (UTC): ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(began)).append(" to ").append(DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(Instant.now())).append('\n');
        out.append("- Machine: `nproc` = ").append(Runtime.getRuntime().availableProcessors()).append(", ")
                .append(memTotal()).append(", ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append('\n');
        out.append("- JDK: ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append(")\n");
        out.append("- JVM: ").append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB\n");
        out.append("- Build: ").append(gitCommit()).append('\n');
        out.append("- ").append(items).append("\n\n");
        return out.toString();
    }

    /** {@code bench/run} with the benchmark's and the application's properties this run was given. */
    static String command() {
        Map<String, String> given = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("bench.") || key.startsWith("opsledger.")
                    && !key.equals("opsledger.embedded.elasticsearch-zip")) {
                given.put(key, v.toString());
            }
        });
        StringBuilder out = new StringBuilder("bench/run");
        given.forEach((k, v) -> out.append(" -D").append(k).append('=').append(v));
        return out.toString();
    }

    static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f GB RAM (MemTotal %d kB)", kb / 1024.0 / 1024.0, kb);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "RAM unknown";
    }

    static String gitCommit() {
        String head = git("rev-parse", "--short", "HEAD");
        if (head == null || head.isBlank()) {
            return "git commit unknown";
        }
        String status = git("status", "--porcelain");
        return "`" + head.strip() + "`" + (status != null && !status.isBlank() ? " + uncommitted changes" : "");
    }

    static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- summary

    String table(Map<String, Bench.Result> results, int[] levels) {
        StringBuilder out = new StringBuilder("## Summary: every figure against its target\n\n");
        out.append("Built from this run alone: \"÷ raw\" and \"÷ CRUD\" divide by the baseline measured in this run at the "
                + "same number of clients. Rows of phases not run (see `bench.only`) or of sizes not reached say \""
                + NOT_MEASURED + "\".\n\n");
        out.append("| figure | target | measured | baseline(s) and ratio | status |\n|---|---|---|---|---|\n");
        throughputRows(out, results, levels);
        lagRows(out);
        replayRows(out);
        growthRow(out);
        queryRows(out);
        memoryRow(out, results);
        return out.append('\n').toString();
    }

    private static void row(StringBuilder out, String figure, String target, String measured, String ratio,
                            String status) {
        out.append("| ").append(figure).append(" | ").append(target).append(" | ").append(measured).append(" | ")
                .append(ratio).append(" | ").append(status).append(" |\n");
    }

    private static String rate(Bench.Result r) {
        return String.format("%,.0f/s, p50 %.2f ms, p99 %.2f ms%s; CPU per command %.2f ms (JVM with the load "
                        + "generator, PG, ES, until caught up), commits per command %.2f; catch-up after the row %s",
                r.rate(), r.p50(), r.p99(), r.errors() == 0 ? "" : ", " + r.errors() + " errors",
                r.cpuMsPerCommand(), r.commitsPerCommand(), r.cost().catchUp());
    }

    private static String baseline(String name, Bench.Result r) {
        return r == null ? name + " not measured" : String.format("%s %,.0f/s (CPU per command %.2f ms, commits per "
                + "command %.2f)", name, r.rate(), r.cpuMsPerCommand(), r.commitsPerCommand());
    }

    private void throughputRows(StringBuilder out, Map<String, Bench.Result> results, int[] levels) {
        String[][] variants = {{"gateway (command only)", "in-process commands (gateway, command only)",
                "≥ 0.25 × raw JDBC at 16 clients and ≥ 1 × JPA CRUD"},
                {"gateway + read-your-writes", "gateway + read-your-writes", "–"},
                {"HTTP POST (read-your-writes)", "HTTP POST (read-your-writes)", "≥ 1,000/s and p99 < 50 ms at 16 clients"}};
        for (String[] variant : variants) {
            if (results.isEmpty()) {
                row(out, variant[1], variant[2], NOT_MEASURED, "–", NOT_MEASURED);
                continue;
            }
            for (int clients : levels) {
                Bench.Result r = results.get(variant[0] + "@" + clients);
                String figure = variant[1] + ", " + clients + (clients == 1 ? " client" : " clients");
                if (r == null) {
                    row(out, figure, variant[2], NOT_MEASURED, "–", NOT_MEASURED);
                    continue;
                }
                Bench.Result raw = results.get("raw JDBC insert@" + clients);
                Bench.Result crud = results.get("JPA CRUD@" + clients);
                double toRaw = raw == null ? Double.NaN : r.rate() / raw.rate();
                double toCrud = crud == null ? Double.NaN : r.rate() / crud.rate();
                String ratio = String.format("%s, %s; ÷ raw %.2f, ÷ CRUD %.2f", baseline("raw JDBC", raw),
                        baseline("JPA CRUD", crud), toRaw, toCrud);
                String status;
                if (variant[0].startsWith("gateway (")) {
                    status = toRaw >= 0.25 && toCrud >= 1 ? "met" : "missed";
                } else if (variant[0].startsWith("HTTP")) {
                    status = clients != 16 ? "– (target at 16 clients)"
                            : r.rate() >= 1000 && r.p99() < 50 && r.errors() == 0 ? "met" : "missed";
                } else {
                    status = "–";
                }
                row(out, figure, variant[2], rate(r), ratio, status);
            }
        }
    }

    private void lagRows(StringBuilder out) {
        String pgTarget = "p99 < 200 ms at 500 events/s";
        String esTarget = "p99 < 1.5 s at 500 events/s";
        if (lag == null) {
            row(out, "projection lag, PostgreSQL (stock item view)", pgTarget, NOT_MEASURED, "–", NOT_MEASURED);
            row(out, "projection lag, Elasticsearch (search)", esTarget, NOT_MEASURED, "–", NOT_MEASURED);
            return;
        }
        String load = String.format("at %,.0f/s achieved of %,d/s asked; backlog %,d events at the start (after "
                + "%.0f s of waiting)", lag.achievedRate(), lag.askedRate(), lag.backlogAtStart(), lag.waitedSeconds());
        lagRow(out, "projection lag, PostgreSQL (stock item view)", pgTarget, 200, lag.pgP50(), lag.pgP99(),
                lag.pgUnseen(), load);
        lagRow(out, "projection lag, Elasticsearch (search)", esTarget, 1500, lag.esP50(), lag.esP99(),
                lag.esUnseen(), load);
    }

    private void lagRow(StringBuilder out, String figure, String target, double limitMs, double p50, double p99,
                        int unseen, String load) {
        String measured = String.format("p50 %.1f ms, p99 %.1f ms%s, %s", p50, p99,
                unseen == 0 ? "" : " (" + unseen + " probes not seen within 30 s)", load);
        String ratio = unseen > 0 || Double.isNaN(p99) ? "p99 ÷ target: over any bound (probes not seen)"
                : String.format("p99 ÷ target %.2f", p99 / limitMs);
        boolean rateReached = lag.achievedRate() >= 0.95 * 500;
        String status;
        if (lag.askedRate() < 500) {
            status = NOT_MEASURED + " at 500/s (asked " + lag.askedRate() + "/s)";
        } else if (unseen > 0 || Double.isNaN(p99) || p99 >= limitMs) {
            status = "missed";
        } else {
            status = rateReached ? "met" : "missed (500/s not reached)";
        }
        row(out, figure, target, measured, ratio, status);
    }

    private void replayRows(StringBuilder out) {
        String pgTarget = "≥ 20,000 events/s over ≥ 1M events (PostgreSQL)";
        String esTarget = "≥ 5,000 events/s over ≥ 1M events (Elasticsearch)";
        if (replays.isEmpty()) {
            row(out, "replay rate", pgTarget + "; " + esTarget, NOT_MEASURED, "–", NOT_MEASURED);
            return;
        }
        boolean largeStore = false;
        for (Replay r : replays) {
            boolean elastic = r.processor().endsWith("-elastic");
            double target = elastic ? 5_000 : 20_000;
            String measured = String.format("%,.0f events/s %s, store of %,d events", r.rate(), r.how(),
                    r.storeEvents());
            String status = r.storeEvents() < MILLION ? "– (store < 1M events, not counted)"
                    : r.rate() >= target ? (r.finished() ? "met" : "met (at its cap)") : "missed";
            largeStore |= r.storeEvents() >= MILLION;
            row(out, "replay, " + r.phase() + ", `" + r.processor() + "`", elastic ? esTarget : pgTarget, measured,
                    String.format("÷ target %.2f", r.rate() / target), status);
        }
        if (!largeStore) {
            row(out, "replay over a store of ≥ 1M events", pgTarget + "; " + esTarget, NOT_MEASURED, "–",
                    NOT_MEASURED);
        }
    }

    private void growthRow(StringBuilder out) {
        String figure = "command latency growth (p50 on the 100,000-event aggregate ÷ p50 on the smallest)";
        String target = "≤ 2";
        if (growth.size() < 2) {
            row(out, figure, target, NOT_MEASURED, "–", NOT_MEASURED);
            return;
        }
        Growth smallest = growth.get(0);
        Growth largest = growth.get(0);
        for (Growth g : growth) {
            smallest = g.history() < smallest.history() ? g : smallest;
            largest = g.history() > largest.history() ? g : largest;
        }
        double ratio = largest.p50() / smallest.p50();
        String measured = String.format("p50 %.2f ms at %,d events, %.2f ms at %,d events", largest.p50(),
                largest.history(), smallest.p50(), smallest.history());
        String status = largest.history() < 100_000 ? NOT_MEASURED + " at 100,000 (largest history "
                + String.format("%,d", largest.history()) + ")" : ratio <= 2 ? "met" : "missed";
        row(out, figure, target, measured, String.format("÷ smallest %.2f", ratio), status);
    }

    private void queryRows(StringBuilder out) {
        List<Query> atMillion = queries.stream().filter(q -> q.rows() >= MILLION && q.targetMs() > 0).toList();
        if (atMillion.isEmpty()) {
            long largest = queries.stream().mapToLong(Query::rows).max().orElse(0);
            String why = largest == 0 ? NOT_MEASURED : NOT_MEASURED + " (largest read model " + String.format("%,d",
                    largest) + " rows)";
            row(out, "list p95 at 1M rows", "< 50 ms", why, "–", NOT_MEASURED);
            row(out, "search p95 at 1M rows", "< 100 ms", why, "–", NOT_MEASURED);
            return;
        }
        for (Query q : atMillion) {
            boolean search = q.endpoint().startsWith("search");
            String measured = String.format("p95 %.1f ms over %,d rows%s", q.p95(), q.rows(),
                    search ? String.format(" (%,d stock item documents in the index)", q.searchDocuments()) : "");
            String status = q.p95() < q.targetMs() ? "met" : "missed";
            if (search && q.searchDocuments() < MILLION) {
                status = NOT_MEASURED + " at 1M documents (" + status + " at " + String.format("%,d",
                        q.searchDocuments()) + ")";
            }
            row(out, (search ? "search" : "list") + " p95 at 1M rows: " + q.endpoint(), "< " + q.targetMs() + " ms",
                    measured, String.format("÷ target %.2f", q.p95() / q.targetMs()), status);
        }
    }

    private void memoryRow(StringBuilder out, Map<String, Bench.Result> results) {
        String figure = "memory under the throughput load at 16 clients (max over its rows)";
        long rss = 0;
        long heap = 0;
        long live = 0;
        boolean found = false;
        for (var e : results.entrySet()) {
            if (e.getKey().endsWith("@16")) {
                found = true;
                rss = Math.max(rss, e.getValue().maxRssKb());
                heap = Math.max(heap, e.getValue().maxHeapMb());
                live = Math.max(live, e.getValue().liveHeapMb());
            }
        }
        String heapSetting = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("no -Xmx")
                + String.format(" (max heap %d MB)", Runtime.getRuntime().maxMemory() >> 20);
        if (!found) {
            row(out, figure, "RSS < 1 GB", NOT_MEASURED + (results.isEmpty() ? "" : " (16 clients not run)"),
                    heapSetting, "–");
            return;
        }
        row(out, figure, "RSS < 1 GB", String.format("max RSS %,d MB, heap used ≤ %,d MB (old generation after GC %,d MB)",
                rss >> 10, heap, live), heapSetting, rss < 1024 * 1024 ? "met" : "missed");
    }
}
