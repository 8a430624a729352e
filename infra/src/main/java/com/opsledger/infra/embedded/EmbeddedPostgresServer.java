package com.opsledger.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server whose cluster lives in {@code <dataDir>/postgres} and survives restarts of the
 * JVM, with its binaries unpacked in {@code <dataDir>/postgres-binaries} and its output in
 * {@code <dataDir>/logs/postgres.log}.
 *
 * <p>zonky runs {@code initdb} only when the directory has no {@code postgresql.conf} and deletes nothing
 * when {@code cleanDataDirectory} is false. As root it wraps initdb, pg_ctl and the postmaster in
 * {@code unshare -U}, where PostgreSQL sees an unprivileged uid yet can still use root-owned files.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "opsledger";
    public static final String USERNAME = "postgres";
    /** The cluster trusts local connections (zonky runs initdb with {@code -A trust}); nothing listens beyond loopback. */
    public static final String PASSWORD = "";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Written once initdb succeeded; a non-empty directory without it is the remains of an interrupted initdb. */
    private static final String INITIALIZED_MARKER = "opsledger-initialized";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path clusterDirectory;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path clusterDirectory) {
        this.postgres = postgres;
        this.clusterDirectory = clusterDirectory;
    }

    /** Starts the server on a free port, recovering from a postmaster left behind by a crashed JVM. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * Starts the server on {@code port} (0: a free one). A fixed port lets a server that was stopped come back where
     * its clients expect it, as a restarted database server does.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path clusterDirectory = dataDirectory.resolve("postgres");
        Path logFile = dataDirectory.resolve("logs").resolve("postgres.log");
        Path binariesDirectory = privateBinariesDirectory(dataDirectory.resolve("postgres-binaries"));
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + logFile.getParent(), e);
        }
        stopLeftoverPostmaster(clusterDirectory);
        setAsideInterruptedInitdb(clusterDirectory);

        EmbeddedPostgres postgres = startCluster(clusterDirectory, binariesDirectory, logFile, port);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, clusterDirectory);
        try {
            server.createDatabaseIfAbsent();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static EmbeddedPostgres startCluster(Path clusterDirectory, Path binariesDirectory, Path logFile, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            return builder
                    .setDataDirectory(clusterDirectory)
                    .setCleanDataDirectory(false)
                    // EmbeddedServices stops the server in its own shutdown hook, after the application is done with it.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Byte-order collation: no dependency on the host's glibc locales, which change between upgrades.
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    // zonky starts the postmaster with -F (fsync off) and synchronous_commit off, both meant for
                    // throw-away test databases; a later -c wins, and this cluster holds the event store.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .setDataDirectoryCustomizer(directory -> markInitialized(directory.toPath()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedServiceException("Embedded PostgreSQL did not start in " + clusterDirectory + ": " + e.getMessage()
                    + System.lineSeparator() + "Last lines of " + logFile + ":" + System.lineSeparator()
                    + Processes.tail(logFile, 40) + System.lineSeparator()
                    + "Fix the cause above, or set spring.datasource.url to use another PostgreSQL.", e);
        }
    }

    /**
     * zonky unpacks its binaries into a working directory that it makes world-writable, by default in /tmp:
     * any local user could swap in binaries that we, possibly as root, then execute. Ours sits inside an
     * owner-only directory that no one else can enter.
     */
    private static Path privateBinariesDirectory(Path privateDirectory) {
        try {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
            Files.createDirectories(privateDirectory, PosixFilePermissions.asFileAttribute(ownerOnly));
            Files.setPosixFilePermissions(privateDirectory, ownerOnly);
            return privateDirectory.resolve("unpacked");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + privateDirectory, e);
        }
    }

    /**
     * A postmaster outlives a {@code kill -9} of the JVM that started it. Our caller holds the data directory
     * lock, so a postmaster still serving this cluster belongs to a dead OpsLedger and can be stopped.
     */
    private static void stopLeftoverPostmaster(Path clusterDirectory) {
        Path pidFile = clusterDirectory.resolve("postmaster.pid");
        OptionalLong pid = Processes.readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Processes.runningWithArgument(pid.getAsLong(), clusterDirectory.toString()).ifPresent(postmaster -> {
            log.warn("Stopping PostgreSQL (pid {}) left running in {} by an OpsLedger that did not shut down",
                    postmaster.pid(), clusterDirectory);
            // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions, writes a checkpoint and exits.
            Processes.terminate(postmaster, () -> Processes.signal(postmaster.pid(), "INT"), STOP_WAIT);
        });
        if (Files.exists(pidFile) && Processes.runningWithArgument(pid.getAsLong(), clusterDirectory.toString()).isEmpty()) {
            // A dead or foreign pid would make the new postmaster refuse to start.
            deleteStalePidFile(pidFile);
        }
    }

    private static void deleteStalePidFile(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove stale " + pidFile + "; remove it by hand", e);
        }
    }

    private static void setAsideInterruptedInitdb(Path clusterDirectory) {
        if (!Files.isDirectory(clusterDirectory) || Files.exists(clusterDirectory.resolve(INITIALIZED_MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(clusterDirectory)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path aside = clusterDirectory.resolveSibling(clusterDirectory.getFileName() + ".incomplete-" + stamp);
            log.warn("{} holds an incompletely initialised cluster (initdb was interrupted); moving it to {} and initialising again",
                    clusterDirectory, aside);
            Files.move(clusterDirectory, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set aside the incomplete cluster in " + clusterDirectory
                    + "; delete that directory by hand", e);
        }
    }

    private static void markInitialized(Path clusterDirectory) {
        Path marker = clusterDirectory.resolve(INITIALIZED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            Files.writeString(marker, "initdb completed; written by OpsLedger\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + marker, e);
        }
    }

    private void createDatabaseIfAbsent() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
                log.info("Created database {} in {}", DATABASE, clusterDirectory);
            }
        } catch (SQLException e) {
            throw new EmbeddedServiceException("Could not create database " + DATABASE + " in embedded PostgreSQL at "
                    + clusterDirectory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path clusterDirectory() {
        return clusterDirectory;
    }

    /** Shuts the server down with a checkpoint; calling it again does nothing. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Path pidFile = clusterDirectory.resolve("postmaster.pid");
        OptionalLong postmasterPid = Processes.readPid(pidFile);
        try {
            // pg_ctl stop -m fast, waiting 5 s; zonky logs rather than throws when that wait runs out.
            postgres.close();
        } catch (IOException e) {
            log.warn("pg_ctl stop failed for {}: {}", clusterDirectory, e.getMessage());
        }
        if (postmasterPid.isEmpty() || !Files.exists(pidFile)) {
            // The postmaster removes its pid file as the very last step of a completed shutdown.
            return;
        }
        Processes.runningWithArgument(postmasterPid.getAsLong(), clusterDirectory.toString()).ifPresent(postmaster -> {
            log.info("Waiting for PostgreSQL (pid {}) to finish its shutdown checkpoint", postmaster.pid());
            Processes.terminate(postmaster, () -> Processes.signal(postmaster.pid(), "INT"), STOP_WAIT);
        });
    }
}
