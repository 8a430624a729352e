package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpsLedger as a user runs it, a process of its own with its embedded servers: killed with SIGKILL, it comes back
 * on the same data directory with every acknowledged event and caught-up read models; stopped cleanly, it takes
 * its servers down with it.
 */
class CrashRecoveryIT {

    private static final Path DATA = Path.of(System.getProperty("opsledger.data-dir", "target/test-data/adhoc"))
            .resolveSibling("crash-" + Long.toString(System.nanoTime(), 36)).toAbsolutePath();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process start(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "com.opsledger.OpsLedgerApplication",
                "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DATA.resolveSibling(DATA.getFileName() + ".log").toFile()));
        builder.environment().put("OPSLEDGER_DATA_DIR", DATA.toString());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().put("OPSLEDGER_ADMIN_PASSWORD", Api.adminPassword());
        builder.environment().put("OPSLEDGER_ELASTICSEARCH_ZIP", System.getProperty("opsledger.embedded.elasticsearch-zip", ""));
        return builder.start();
    }

    private static void awaitHealthy(Api api, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("the application exited; see " + DATA + ".log").isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within 240 s; see " + DATA + ".log");
    }

    @Test
    void canComeBackFromAKillWithEverythingItAcknowledged() throws Exception {
        Files.createDirectories(DATA);
        int port = freePort();
        Api api = new Api(port);
        Process first = start(port);
        String stockItemId;
        String sku;
        try {
            awaitHealthy(api, first);
            StockFlows.StockSetup s = StockFlows.stockItem(api, "Crash", "kg", 1);
            stockItemId = s.stockItemId();
            sku = s.sku();
            for (int i = 0; i < 5; i++) {
                assertThat(api.post("/api/v1/stock-items/" + stockItemId + "/receipts", Map.of("quantity", 1.5))
                        .status()).isEqualTo(200);
            }
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process second = start(port);
        try {
            awaitHealthy(api, second);
            JsonNode item = api.get("/api/v1/stock-items/" + stockItemId).body();
            assertThat(item.path("onHand").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(api.get("/api/v1/stock-items/" + stockItemId + "/movements").body().path("totalElements")
                    .asLong()).isEqualTo(5);
            assertThat(api.post("/api/v1/stock-items/" + stockItemId + "/receipts", Map.of("quantity", 1)).status())
                    .isEqualTo(200);
            Eventually.get(api, "/api/v1/search?q=" + sku + "&kind=stockItem",
                    body -> body.path("hits").size() == 1 && body.path("hits").get(0).path("onHand").asDouble() == 8.5);
        } finally {
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertThat(Files.exists(DATA.resolve("postgres").resolve("postmaster.pid")))
                .as("PostgreSQL stopped with the application").isFalse();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(DATA.toString())).toList();
        assertThat(leftovers).as("no server left running on the data directory").isEmpty();
    }
}
