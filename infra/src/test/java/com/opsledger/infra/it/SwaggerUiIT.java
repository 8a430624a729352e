package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.opsledger.OpsLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI and the document it shows load without a token, and the UI offers to authorize with the bearer token a
 * sign-in answers; {@code opsledger.api-docs.enabled=false} takes both away (production).
 */
class SwaggerUiIT extends ApplicationIT {

    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void canOpenSwaggerUiAndItsDocumentWithoutAToken() throws Exception {
        HttpResponse<String> page = get(port, "/swagger-ui.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get(port, "/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(get(port, "/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);

        HttpResponse<String> config = get(port, "/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        String documentUrl = ApiDocument.JSON.readTree(config.body()).path("url").asText();
        assertThat(documentUrl).isEqualTo("/v3/api-docs");

        HttpResponse<String> document = ApiDocument.fetch(port, documentUrl);
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode schemes = ApiDocument.JSON.readTree(document.body()).path("components").path("securitySchemes");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).as("what the Authorize button offers")
                .isEqualTo("bearer");
        // the document is open, what it describes is not
        assertThat(Api.anonymous(port).get("/api/v1/stock-items").status()).isEqualTo(401);
    }

    @Test
    void canSwitchSwaggerUiAndTheDocumentOff() throws Exception {
        String jdbcUrl = TestServers.freshDatabase("nodocs_" + Long.toString(System.nanoTime(), 36));
        try (ConfigurableApplicationContext production = new SpringApplicationBuilder(OpsLedgerApplication.class)
                .run("--opsledger.api-docs.enabled=false",
                        "--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + TestServers.shared().username(),
                        "--spring.datasource.password=" + TestServers.shared().password(),
                        "--spring.elasticsearch.uris=" + TestServers.shared().elasticsearchUri(),
                        "--opsledger.elasticsearch.index-prefix=nodocs-",
                        "--spring.jmx.enabled=false")) {
            int off = ((WebServerApplicationContext) production).getWebServer().getPort();
            assertThat(get(off, "/swagger-ui.html").statusCode()).isEqualTo(404);
            assertThat(get(off, "/swagger-ui/index.html").statusCode()).isEqualTo(404);
            assertThat(get(off, "/v3/api-docs").statusCode()).isEqualTo(404);
            assertThat(get(off, "/v3/api-docs/swagger-config").statusCode()).isEqualTo(404);
            // the application itself still answers, and still asks for a token
            assertThat(Api.anonymous(off).get("/api/v1/stock-items").status()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return BROWSER.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
