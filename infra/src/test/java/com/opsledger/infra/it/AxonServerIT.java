package com.opsledger.infra.it;

import com.opsledger.OpsLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon Server as the event store and message router, the production option; needs Docker, skipped without it. */
@Testcontainers(disabledWithoutDocker = true)
class AxonServerIT {

    @Container
    private static final GenericContainer<?> AXON_SERVER = new GenericContainer<>("axoniq/axonserver:2025.1.2")
            .withEnv("AXONIQ_AXONSERVER_STANDALONE", "true")
            .withExposedPorts(8024, 8124)
            .waitingFor(Wait.forHttp("/actuator/health").forPort(8024));

    @Test
    void canStoreAndRouteThroughAxonServer() {
        String jdbcUrl = TestServers.freshDatabase("axonserver_" + Long.toString(System.nanoTime(), 36));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpsLedgerApplication.class).run(
                "--server.port=0",
                "--axon.axonserver.enabled=true",
                "--axon.axonserver.servers=" + AXON_SERVER.getHost() + ":" + AXON_SERVER.getMappedPort(8124),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + TestServers.shared().username(),
                "--spring.datasource.password=" + TestServers.shared().password(),
                "--spring.elasticsearch.uris=" + TestServers.shared().elasticsearchUri(),
                "--opsledger.elasticsearch.index-prefix=axonserver-",
                "--spring.jmx.enabled=false")) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            Api.Response created = api.post("/api/v1/warehouses", Map.of("code", "AS-1", "name", "Axon Server"));
            assertThat(created.status()).isEqualTo(201);
            Eventually.get(api, "/api/v1/warehouses/" + created.id(), body -> "AS-1".equals(body.path("code").asText()));
        }
    }
}
