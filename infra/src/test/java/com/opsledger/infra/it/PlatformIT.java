package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformIT extends ApplicationIT {

    @Test
    void canReportHealthOfPostgresElasticsearchAndEventProcessors() {
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).as(health.body().toString()).isEqualTo(200);
        JsonNode components = health.body().path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("elasticsearch").path("status").asText()).isEqualTo("UP");
        JsonNode processors = components.path("eventProcessors");
        assertThat(processors.path("status").asText()).isEqualTo("UP");
        assertThat(processors.path("details").has("stock-items-postgres")).isTrue();
        assertThat(processors.path("details").has("stock-search-elastic")).isTrue();
    }

    @Test
    void canDescribeEveryEndpointInOpenApi() {
        JsonNode paths = api().get("/v3/api-docs").body().path("paths");
        assertThat(paths.has("/api/v1/products")).isTrue();
        assertThat(paths.has("/api/v1/warehouses")).isTrue();
        assertThat(paths.has("/api/v1/stock-items/{id}/reservations/{reservationId}/issue")).isTrue();
        assertThat(paths.has("/api/v1/stock-items/{id}/movements")).isTrue();
        assertThat(paths.has("/api/v1/search")).isTrue();
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
