package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.OpsLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side and the query side as two processes (two application contexts) on one event store. */
class SplitDeploymentIT {

    private static ConfigurableApplicationContext start(String role, String jdbcUrl) {
        return new SpringApplicationBuilder(OpsLedgerApplication.class).run(
                "--opsledger.role=" + role,
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + TestServers.shared().username(),
                "--spring.datasource.password=" + TestServers.shared().password(),
                "--spring.elasticsearch.uris=" + TestServers.shared().elasticsearchUri(),
                "--opsledger.elasticsearch.index-prefix=split-",
                "--spring.jmx.enabled=false",
                // the query process learns of new events by polling the event store; leave room for a loaded machine
                "--opsledger.consistency.timeout=30s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void canRunCommandAndQuerySidesApartOnOneEventStore() {
        String jdbcUrl = TestServers.freshDatabase("split_" + Long.toString(System.nanoTime(), 36));
        try (ConfigurableApplicationContext command = start("command", jdbcUrl);
             ConfigurableApplicationContext query = start("query", jdbcUrl)) {
            Api commands = new Api(port(command));
            Api queries = new Api(port(query)).signingInAt(port(command));

            assertThat(commands.get("/api/v1/products").status()).as("no query endpoints on the command side")
                    .isIn(404, 405);
            assertThat(queries.post("/api/v1/products", Map.of()).status()).as("no command endpoints on the query side")
                    .isIn(404, 405);

            Api.Response created = commands.post("/api/v1/products", Map.of("sku", "SPLIT-1", "name", "Split",
                    "unit", "pcs", "reorderPoint", 0, "leadTimeDays", 1));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("X-Read-Models")).isEqualTo("current");

            JsonNode product = queries.get("/api/v1/products/" + created.id()).body();
            assertThat(product.path("sku").asText()).isEqualTo("SPLIT-1");
        }
    }
}
