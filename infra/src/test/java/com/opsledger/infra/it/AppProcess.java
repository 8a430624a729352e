package com.opsledger.infra.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** OpsLedger as a process of its own on a data directory, as a user runs it, that a test can kill. */
final class AppProcess {

    private final Path dataDirectory;
    private final int port;
    private final List<String> arguments;
    private Process process;

    AppProcess(Path dataDirectory, int port, List<String> arguments) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.arguments = arguments;
    }

    Api api() {
        return new Api(port);
    }

    int port() {
        return port;
    }

    Path log() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /** Starts the application and waits until it answers healthy; answers how long that took, in ms. */
    long start() {
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.opsledger.OpsLedgerApplication",
                "--server.port=" + port,
                // the load comes from one address and one user: the limits would measure 429 answers
                "--opsledger.security.rate-limit.api-per-ip=1000000",
                "--opsledger.security.rate-limit.api-per-user=1000000",
                "--opsledger.security.rate-limit.login-per-ip=1000"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("OPSLEDGER_DATA_DIR", dataDirectory.toString());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().put("OPSLEDGER_ADMIN_PASSWORD", Api.adminPassword());
        builder.environment().put("OPSLEDGER_ELASTICSEARCH_ZIP",
                System.getProperty("opsledger.embedded.elasticsearch-zip", ""));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void awaitHealthy() {
        Api api = Api.anonymous(port);
        long deadline = System.currentTimeMillis() + 420_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("the application exited; see " + log()).isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        throw new AssertionError("not healthy within 420 s; see " + log());
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: a clean shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
