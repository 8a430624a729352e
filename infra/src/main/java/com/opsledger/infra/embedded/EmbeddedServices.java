package com.opsledger.infra.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.AbstractApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded PostgreSQL and Elasticsearch of one data directory, shared by everything in the JVM that asks
 * for that directory: the application, or all test classes of a test run. The servers are started once, in
 * parallel, under the {@link DataDirectoryLock}, and stopped by one JVM shutdown hook (or {@link #stop()}).
 */
public final class EmbeddedServices {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    /**
     * Spring closes application contexts in shutdown hooks with these names; the servers must outlive the
     * connection pools and event processors closed there.
     */
    private static final Set<String> SPRING_SHUTDOWN_HOOKS =
            Set.of("SpringApplicationShutdownHook", AbstractApplicationContext.SHUTDOWN_HOOK_THREAD_NAME);
    /** JVM shutdown hooks all start at once; this is ample time for Spring's to appear. */
    private static final Duration SHUTDOWN_HOOK_DISCOVERY = Duration.ofMillis(500);
    private static final Duration SPRING_SHUTDOWN_LIMIT = Duration.ofSeconds(60);

    private static final Map<Path, EmbeddedServices> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicBoolean SHUTDOWN_HOOK_REGISTERED = new AtomicBoolean();

    private final Path dataDirectory;
    private final DataDirectoryLock lock;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile EmbeddedPostgresServer postgres;
    private volatile EmbeddedElasticsearchServer elasticsearch;

    private EmbeddedServices(DataDirectoryLock lock) {
        this.dataDirectory = lock.directory();
        this.lock = lock;
    }

    /**
     * Starts the requested servers for the directory, or returns the instance already running for it (then
     * starting whichever requested server it does not run yet).
     *
     * @throws IllegalStateException when another OpsLedger process uses the directory
     * @throws EmbeddedServiceException when a server cannot start; the message says why and what to do
     */
    public static synchronized EmbeddedServices start(Path dataDirectory, boolean postgres, boolean elasticsearch) {
        Path directory = realPath(dataDirectory);
        EmbeddedServices services = RUNNING.get(directory);
        boolean created = services == null;
        if (created) {
            services = new EmbeddedServices(DataDirectoryLock.acquire(directory));
            // Registered before starting, so that an exit during start-up still stops what did start.
            RUNNING.put(services.dataDirectory, services);
            registerShutdownHookOnce();
        }
        try {
            services.startMissing(postgres, elasticsearch);
        } catch (RuntimeException e) {
            if (created) {
                services.stop();
            }
            throw e;
        }
        return services;
    }

    private static Path realPath(Path dataDirectory) {
        try {
            Path absolute = dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create data directory " + dataDirectory.toAbsolutePath()
                    + "; check its permissions or set opsledger.data-dir (OPSLEDGER_DATA_DIR) to a writable directory", e);
        }
    }

    private void startMissing(boolean wantPostgres, boolean wantElasticsearch) {
        List<Callable<AutoCloseable>> starts = new ArrayList<>();
        if (wantPostgres && postgres == null) {
            starts.add(timed("PostgreSQL", () -> {
                postgres = EmbeddedPostgresServer.start(dataDirectory);
                return postgres;
            }));
        }
        if (wantElasticsearch && elasticsearch == null) {
            starts.add(timed("Elasticsearch", () -> {
                elasticsearch = EmbeddedElasticsearchServer.start(dataDirectory);
                return elasticsearch;
            }));
        }
        runInParallel(starts, "start");
    }

    private Callable<AutoCloseable> timed(String name, Callable<AutoCloseable> start) {
        return () -> {
            long began = System.nanoTime();
            AutoCloseable server = start.call();
            log.info("Embedded {} for {} ready in {} ms", name, dataDirectory, (System.nanoTime() - began) / 1_000_000);
            return server;
        };
    }

    /** Runs the tasks concurrently and rethrows the first failure once all of them are done. */
    private static void runInParallel(List<? extends Callable<?>> tasks, String purpose) {
        if (tasks.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size(), task -> {
            Thread thread = new Thread(task, "opsledger-embedded-" + purpose + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(executor.submit(task)));
            RuntimeException failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime
                            ? runtime : new EmbeddedServiceException(e.getCause().getMessage(), e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EmbeddedServiceException("Interrupted while waiting for the embedded servers to " + purpose, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            executor.shutdown();
        }
    }

    private static void registerShutdownHookOnce() {
        if (SHUTDOWN_HOOK_REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServices::stopAllAtShutdown, "opsledger-embedded-services-shutdown"));
        }
    }

    private static void stopAllAtShutdown() {
        awaitSpringShutdownHooks();
        List.copyOf(RUNNING.values()).forEach(EmbeddedServices::stop);
    }

    private static void awaitSpringShutdownHooks() {
        long discoveryEnd = System.nanoTime() + SHUTDOWN_HOOK_DISCOVERY.toNanos();
        Set<Thread> springHooks = ConcurrentHashMap.newKeySet();
        do {
            Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> SPRING_SHUTDOWN_HOOKS.contains(thread.getName()))
                    .forEach(springHooks::add);
            sleepQuietly(Duration.ofMillis(50));
        } while (System.nanoTime() < discoveryEnd);
        long limit = System.nanoTime() + SPRING_SHUTDOWN_LIMIT.toNanos();
        for (Thread hook : springHooks) {
            try {
                hook.join(Math.max(1, (limit - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops both servers (concurrently) and releases the data directory; calling it again does nothing. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        RUNNING.remove(dataDirectory, this);
        List<Callable<Void>> stops = new ArrayList<>();
        for (AutoCloseable server : new AutoCloseable[] {elasticsearch, postgres}) {
            if (server != null) {
                stops.add(() -> {
                    server.close();
                    return null;
                });
            }
        }
        try {
            runInParallel(stops, "stop");
        } catch (RuntimeException e) {
            log.error("Could not stop the embedded servers of {} cleanly", dataDirectory, e);
        } finally {
            lock.close();
            log.info("Embedded servers of {} stopped", dataDirectory);
        }
    }

    public String jdbcUrl() {
        return requirePostgres().jdbcUrl();
    }

    public String username() {
        return requirePostgres().username();
    }

    public String password() {
        return requirePostgres().password();
    }

    public String elasticsearchUri() {
        EmbeddedElasticsearchServer server = elasticsearch;
        if (server == null) {
            throw new IllegalStateException("No embedded Elasticsearch was started for " + dataDirectory);
        }
        return server.uri();
    }

    public boolean runsPostgres() {
        return postgres != null;
    }

    public boolean runsElasticsearch() {
        return elasticsearch != null;
    }

    public Path dataDir() {
        return dataDirectory;
    }

    private EmbeddedPostgresServer requirePostgres() {
        EmbeddedPostgresServer server = postgres;
        if (server == null) {
            throw new IllegalStateException("No embedded PostgreSQL was started for " + dataDirectory);
        }
        return server;
    }
}
