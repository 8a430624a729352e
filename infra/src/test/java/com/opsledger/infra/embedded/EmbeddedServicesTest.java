package com.opsledger.infra.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the real servers: a separate JVM starts them, writes, and is killed with {@code kill -9}; this JVM
 * then recovers the servers it left behind, reads the data back, stops cleanly, and reads it back once more
 * after another start.
 */
class EmbeddedServicesTest {

    private static final Duration CRASHING_JVM_START_LIMIT = Duration.ofSeconds(150);
    private static final String READY = "READY";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<EmbeddedServices> started = new ArrayList<>();

    @AfterEach
    void stopServers() {
        started.forEach(EmbeddedServices::stop);
    }

    @Test
    void recoversServersLeftByAKilledJvmAndKeepsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        CrashingJvm crashing = CrashingJvm.start(dataDir);
        crashing.awaitReady();

        assertThatThrownBy(() -> EmbeddedServices.start(dataDir, true, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in use by another running OpsLedger (pid " + crashing.pid() + ")");

        crashing.kill();
        long leftPostmaster = pidIn(dataDir.resolve("postgres").resolve("postmaster.pid"));
        long leftNode = pidIn(dataDir.resolve("elasticsearch").resolve("es.pid"));
        assertThat(Processes.isRunning(ProcessHandle.of(leftPostmaster).orElseThrow()))
                .as("PostgreSQL outlives kill -9 of its JVM").isTrue();
        assertThat(Processes.isRunning(ProcessHandle.of(leftNode).orElseThrow()))
                .as("Elasticsearch outlives kill -9 of its JVM").isTrue();

        EmbeddedServices recovered = start(dataDir);
        assertThat(ProcessHandle.of(leftPostmaster).filter(Processes::isRunning)).as("left-behind postmaster").isEmpty();
        assertThat(ProcessHandle.of(leftNode).filter(Processes::isRunning)).as("left-behind Elasticsearch node").isEmpty();
        assertThat(EmbeddedServices.start(dataDir, true, true)).isSameAs(recovered);
        assertThat(notes(recovered)).containsExactly("before-crash");
        assertThat(document(recovered, "1")).contains("\"found\":true", "\"note\":\"before-crash\"");
        insertNote(recovered, "after-recovery");
        indexDocument(recovered, "2", "after-recovery");

        recovered.stop();
        recovered.stop();
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolve("elasticsearch").resolve("es.pid")).doesNotExist();

        EmbeddedServices restarted = start(dataDir);
        assertThat(restarted).isNotSameAs(recovered);
        assertThat(notes(restarted)).containsExactly("before-crash", "after-recovery");
        assertThat(document(restarted, "1")).contains("\"note\":\"before-crash\"");
        assertThat(document(restarted, "2")).contains("\"note\":\"after-recovery\"");
        assertThat(setting(restarted, "fsync")).isEqualTo("on");
        assertThat(setting(restarted, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(restarted, "max_connections")).isEqualTo("100");
        assertThat(setting(restarted, "shared_buffers")).isEqualTo("128MB");
        assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already in use by this JVM");
    }

    @Test
    void postProcessorLeavesConfiguredOrDisabledServersAlone(@TempDir Path dataDir) {
        EmbeddedServicesEnvironmentPostProcessor postProcessor = new EmbeddedServicesEnvironmentPostProcessor(log -> log.get());

        StandardEnvironment configured = environment("opsledger.data-dir=" + dataDir,
                "spring.datasource.url=jdbc:postgresql://db.example:5432/opsledger",
                "spring.elasticsearch.uris=http://search.example:9200");
        postProcessor.postProcessEnvironment(configured, new SpringApplication());

        StandardEnvironment disabled = environment("opsledger.data-dir=" + dataDir, "opsledger.embedded.enabled=false");
        postProcessor.postProcessEnvironment(disabled, new SpringApplication());

        assertThat(configured.getPropertySources().contains(EmbeddedServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(configured.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/opsledger");
        assertThat(disabled.getPropertySources().contains(EmbeddedServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(disabled.getProperty("spring.datasource.url")).isNull();
        assertThat(dataDir.resolve(DataDirectoryLock.FILE_NAME)).as("nothing was started").doesNotExist();
    }

    @Test
    void findsTheDirectoryHoldingTheApplication() {
        assertThat(ElasticsearchDistribution.outermostArchive("jar:nested:/opt/ops ledger/opsledger.jar/!BOOT-INF/classes/!/"))
                .contains(Path.of("/opt/ops ledger/opsledger.jar"));
        assertThat(ElasticsearchDistribution.outermostArchive("jar:file:/opt/app/opsledger.jar!/"))
                .contains(Path.of("/opt/app/opsledger.jar"));
        assertThat(ElasticsearchDistribution.outermostArchive("file:/work/main/infra/target/classes/"))
                .contains(Path.of("/work/main/infra/target/classes"));
        assertThat(ElasticsearchDistribution.outermostArchive("file:/opt/with%20space/classes/"))
                .contains(Path.of("/opt/with space/classes"));
        assertThat(ElasticsearchDistribution.outermostArchive("http://example.com/app.jar")).isEmpty();
    }

    private static StandardEnvironment environment(String... properties) {
        StandardEnvironment environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, properties);
        return environment;
    }

    private EmbeddedServices start(Path dataDir) {
        EmbeddedServices services = EmbeddedServices.start(dataDir, true, true);
        started.add(services);
        return services;
    }

    private static long pidIn(Path pidFile) {
        assertThat(pidFile).exists();
        return Processes.readPid(pidFile).orElseThrow();
    }

    static void insertNote(EmbeddedServices services, String note) throws SQLException {
        try (Connection connection = connect(services);
             Statement ddl = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
            ddl.execute("CREATE TABLE IF NOT EXISTS note (id bigserial PRIMARY KEY, text text NOT NULL)");
            insert.setString(1, note);
            insert.executeUpdate();
        }
    }

    private static List<String> notes(EmbeddedServices services) throws SQLException {
        try (Connection connection = connect(services);
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT text FROM note ORDER BY id")) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            return notes;
        }
    }

    private static String setting(EmbeddedServices services, String name) throws SQLException {
        try (Connection connection = connect(services);
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedServices services) throws SQLException {
        return DriverManager.getConnection(services.jdbcUrl(), services.username(), services.password());
    }

    static void indexDocument(EmbeddedServices services, String id, String note) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest put = HttpRequest.newBuilder(URI.create(services.elasticsearchUri() + "/notes/_doc/" + id + "?refresh=true"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"note\":\"" + note + "\"}"))
                .build();
        HttpResponse<String> response = client.send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }

    private String document(EmbeddedServices services, String id) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create(services.elasticsearchUri() + "/notes/_doc/" + id)).GET().build();
        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** A second OpsLedger-like JVM that starts the servers, writes one note to each, and waits to be killed. */
    static final class CrashingJvm {

        private final Process process;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final Deque<String> output = new ArrayDeque<>();

        private CrashingJvm(Process process) {
            this.process = process;
            Thread reader = new Thread(this::drainOutput, "crashing-jvm-output");
            reader.setDaemon(true);
            reader.start();
        }

        static CrashingJvm start(Path dataDir) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
            String zip = System.getProperty(ElasticsearchDistribution.ZIP_PROPERTY);
            if (zip != null) {
                command.add("-D" + ElasticsearchDistribution.ZIP_PROPERTY + "=" + zip);
            }
            command.addAll(List.of(Main.class.getName(), dataDir.toString()));
            return new CrashingJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        long pid() {
            return process.pid();
        }

        void awaitReady() throws InterruptedException {
            boolean signalled = ready.await(CRASHING_JVM_START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!signalled) {
                process.destroyForcibly();
            }
            assertThat(signalled).as("second JVM reported ready; its last output:%n%s", lastOutput()).isTrue();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed JVM exited").isTrue();
        }

        private void drainOutput() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.equals(READY)) {
                        ready.countDown();
                    }
                    synchronized (output) {
                        if (output.size() == 60) {
                            output.removeFirst();
                        }
                        output.addLast(line);
                    }
                }
            } catch (IOException e) {
                // The process was killed; nothing more to read.
            }
        }

        private String lastOutput() {
            synchronized (output) {
                return String.join(System.lineSeparator(), output);
            }
        }

        /** Entry point of the second JVM. */
        public static final class Main {

            public static void main(String[] args) throws Exception {
                EmbeddedServices services = EmbeddedServices.start(Path.of(args[0]), true, true);
                insertNote(services, "before-crash");
                indexDocument(services, "1", "before-crash");
                System.out.println(READY);
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }
}
