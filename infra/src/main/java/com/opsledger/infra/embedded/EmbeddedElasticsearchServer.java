package com.opsledger.infra.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A real single-node Elasticsearch, started from the integ-test-zip, with its distribution, configuration,
 * data and logs under {@code <dataDir>/elasticsearch} (see {@link ElasticsearchUser} for the exception as
 * root). Its console output goes to {@code logs/console.log} there, not to the application's console.
 */
public final class EmbeddedElasticsearchServer implements AutoCloseable {

    public static final String HEAP_ENV = "OPSLEDGER_ELASTICSEARCH_HEAP";
    public static final String JAVA_OPTS_ENV = "OPSLEDGER_ELASTICSEARCH_JAVA_OPTS";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearchServer.class);
    /**
     * The C1 compiler alone halves the CPU a node burns while starting (about 20 s down to 10 s here), which
     * is most of its start-up time on a small machine; a development node's load never needs C2's peak
     * speed. {@code OPSLEDGER_ELASTICSEARCH_JAVA_OPTS=-XX:TieredStopAtLevel=4} restores it.
     */
    private static final String QUICK_START_JIT = "-XX:TieredStopAtLevel=1";
    private static final Pattern HEAP_SIZE = Pattern.compile("\\d+[kKmMgG]?");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int CONSOLE_TAIL_LINES = 40;

    private final Process process;
    private final URI uri;
    private final Path runtimeDirectory;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedElasticsearchServer(Process process, URI uri, Path runtimeDirectory) {
        this.process = process;
        this.uri = uri;
        this.runtimeDirectory = runtimeDirectory;
    }

    /** Starts the node on free ports and waits until it reports at least yellow health. */
    public static EmbeddedElasticsearchServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * Starts the node with its HTTP API on {@code httpPort} (0: a free one), so that a node that was stopped can come
     * back where its clients expect it, and waits until it reports at least yellow health.
     */
    public static EmbeddedElasticsearchServer start(Path dataDirectory, int httpPort) {
        String javaOptions = javaOptions();
        ElasticsearchUser user = ElasticsearchUser.detect();
        Path zip = ElasticsearchDistribution.locateZip();
        Layout layout = new Layout(user.runtimeDirectory(dataDirectory));
        ElasticsearchDistribution.extract(zip, layout.dist());
        ElasticsearchDistribution.copyConfigOnce(layout.dist(), layout.config());
        layout.createWritableDirectories();
        user.adopt(layout.root());
        stopLeftoverNode(layout);

        if (httpPort <= 0) {
            httpPort = Processes.freePort();
        }
        int transportPort = Processes.freePort();
        while (transportPort == httpPort) {
            transportPort = Processes.freePort();
        }
        URI uri = URI.create("http://127.0.0.1:" + httpPort);
        Process process = launch(user, layout, javaOptions, httpPort, transportPort);
        log.info("Elasticsearch {} starting {} on {} (pid {}, files in {})",
                ElasticsearchDistribution.VERSION, user.describe(), uri, process.pid(), layout.root());
        EmbeddedElasticsearchServer server = new EmbeddedElasticsearchServer(process, uri, layout.root());
        try {
            server.awaitHealthy(layout.console());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static Process launch(ElasticsearchUser user, Layout layout, String javaOptions, int httpPort, int transportPort) {
        List<String> command = new ArrayList<>();
        command.add(layout.dist().resolve("bin").resolve("elasticsearch").toString());
        command.addAll(List.of(
                "-Expack.security.enabled=false",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + layout.data(),
                "-Epath.logs=" + layout.logs(),
                "-Ecluster.name=opsledger",
                "-Enode.name=opsledger-embedded",
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-p", layout.pidFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(user.wrap(command))
                // gc.log, hs_err and heap dumps are written relative to the working directory.
                .directory(layout.logs().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(layout.console().toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        // The launcher warns about, and ignores, these; they are meant for our JVM, not for Elasticsearch's.
        List.of("JAVA_HOME", "JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS").forEach(environment::remove);
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_JAVA_OPTS", javaOptions);
        environment.put("CLI_JAVA_OPTS", launcherJavaOptions(layout));
        environment.put("ES_PATH_CONF", layout.config().toString());
        environment.put("ES_TMPDIR", layout.tmp().toString());
        environment.put("HOME", layout.root().toString());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new EmbeddedServiceException("Could not launch " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The launcher leaves an empty {@code final-flags*} directory in its temporary directory on every start;
     * pointed at ours, which {@link Layout#createWritableDirectories} empties, they do not pile up in /tmp.
     * The launcher splits these options on whitespace, so a path containing some has to stay out.
     */
    private static String launcherJavaOptions(Layout layout) {
        String tmp = layout.tmp().toString();
        return tmp.chars().anyMatch(Character::isWhitespace) ? QUICK_START_JIT : QUICK_START_JIT + " -Djava.io.tmpdir=" + tmp;
    }

    /**
     * Heap from {@value #HEAP_ENV} (default 512m), then {@value #JAVA_OPTS_ENV}, whose flags win because the
     * JVM takes the last of repeated flags.
     */
    private static String javaOptions() {
        String heap = System.getenv().getOrDefault(HEAP_ENV, "512m").strip();
        if (!HEAP_SIZE.matcher(heap).matches()) {
            throw new EmbeddedServiceException(HEAP_ENV + "=" + heap + " is not a heap size such as 512m or 1g");
        }
        // Without a fixed heap, Elasticsearch sizes it from the machine's memory: gigabytes and a slow start.
        // Pre-touching that heap costs a second of start-up and buys nothing on a dev box.
        return ("-Xms" + heap + " -Xmx" + heap + " -XX:-AlwaysPreTouch " + QUICK_START_JIT + " "
                + System.getenv().getOrDefault(JAVA_OPTS_ENV, "")).strip();
    }

    /**
     * A node outlives a {@code kill -9} of the JVM that started it. Our caller holds the data directory
     * lock, so the launcher and node still running from this distribution belong to a dead OpsLedger and can
     * be stopped. They are found by their arguments rather than by es.pid alone, which the node writes only
     * some seconds into its start.
     */
    private static void stopLeftoverNode(Layout layout) {
        List<ProcessHandle> leftovers = Processes.allRunningWithArgument("-Des.path.home=" + layout.dist());
        if (!leftovers.isEmpty()) {
            log.warn("Stopping Elasticsearch processes {} left running in {} by an OpsLedger that did not shut down",
                    leftovers.stream().map(ProcessHandle::pid).toList(), layout.root());
            // SIGTERM makes the node close cleanly; the launcher exits with it.
            leftovers.forEach(process -> Processes.terminate(process, process::destroy, STOP_WAIT));
        }
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove stale " + layout.pidFile() + "; remove it by hand", e);
        }
    }

    private void awaitHealthy(Path console) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // GET / answers 405 on this distribution; cluster health is what the application needs anyway.
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new EmbeddedServiceException("Elasticsearch exited with code " + process.exitValue()
                        + " while starting. Last lines of " + console + ":" + System.lineSeparator()
                        + Processes.tail(console, CONSOLE_TAIL_LINES) + System.lineSeparator()
                        + "Fix the cause above, or set spring.elasticsearch.uris to use an Elasticsearch you run yourself.");
            }
            if (respondsHealthy(http, health)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new EmbeddedServiceException("Elasticsearch did not report yellow health within "
                        + STARTUP_TIMEOUT.toSeconds() + " s. Last lines of " + console + ":" + System.lineSeparator()
                        + Processes.tail(console, CONSOLE_TAIL_LINES));
            }
            sleep(POLL_INTERVAL);
        }
    }

    private static boolean respondsHealthy(HttpClient http, HttpRequest health) {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            // Not listening yet.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedServiceException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedServiceException("Interrupted while waiting for Elasticsearch to start", e);
        }
    }

    public String uri() {
        return uri.toString();
    }

    public Path runtimeDirectory() {
        return runtimeDirectory;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Stops the node the way Ctrl+C would: SIGTERM to the launcher, which shuts the node down cleanly,
     * then waits for both; calling it again does nothing.
     */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        ProcessHandle launcher = process.toHandle();
        if (!Processes.terminate(launcher, launcher::destroy, STOP_WAIT)) {
            log.warn("Elasticsearch in {} had to be killed; it recovers from its translog on the next start", runtimeDirectory);
        }
    }

    /** The files of one node, all below its runtime directory. */
    private record Layout(Path root) {

        Path dist() {
            return root.resolve("dist");
        }

        Path config() {
            return root.resolve("config");
        }

        Path data() {
            return root.resolve("data");
        }

        Path logs() {
            return root.resolve("logs");
        }

        Path tmp() {
            return root.resolve("tmp");
        }

        Path console() {
            return logs().resolve("console.log");
        }

        Path pidFile() {
            return root.resolve("es.pid");
        }

        /** Creates data and logs, and an empty tmp: its content only matters while a node runs. */
        void createWritableDirectories() {
            try {
                ElasticsearchDistribution.deleteRecursively(tmp());
                for (Path directory : List.of(data(), logs(), tmp())) {
                    Files.createDirectories(directory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the Elasticsearch directories in " + root, e);
            }
        }
    }
}
