package com.opsledger.infra.it;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ReflectionUtils;

import java.util.ArrayList;
import java.util.List;

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
        assertThat(processors.path("details").has("read-models-postgres")).isTrue();
        assertThat(processors.path("details").has("read-models-elastic")).isTrue();
        assertThat(processors.path("details").has("process-managers")).isTrue();
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

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MeterRegistry meters;

    @Test
    void canServeRequestsWithoutObservingTheSecurityFilterChainOrCountingLogEvents() {
        assertThat(api().get("/api/v1/products").status()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").meters()).as("requests are still measured").isNotEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security."));
        List<FilterChainProxy> proxies = nestedProxies(context.getBean("springSecurityFilterChain",
                FilterChainProxy.class));
        assertThat(proxies.get(proxies.size() - 1).getClass()).as("down to the proxy that runs our chain")
                .isEqualTo(FilterChainProxy.class);
        assertThat(proxies).noneMatch(proxy -> ReflectionTestUtils.getField(proxy, "filterChainDecorator")
                instanceof ObservationFilterChainDecorator);
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                .as("no turbo filter on every logging call").isEmpty();
    }

    /** Spring Security wraps the proxy that runs the chains in composites of its own, each a proxy too. */
    private static List<FilterChainProxy> nestedProxies(FilterChainProxy outer) {
        List<FilterChainProxy> proxies = new ArrayList<>();
        Object level = outer;
        while (level instanceof FilterChainProxy proxy) {
            proxies.add(proxy);
            level = ReflectionUtils.findField(proxy.getClass(), "springSecurityFilterChain") == null ? null
                    : ReflectionTestUtils.getField(proxy, "springSecurityFilterChain");
        }
        return proxies;
    }
}
