package com.opsledger.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator's Prometheus scrapes {@code /actuator/prometheus} on the application's port, as an admin only. */
class MetricsIT extends ApplicationIT {

    private static final String METRICS = "/actuator/prometheus";

    @Test
    void canScrapeRequestsCommandsProjectionsJvmAndPoolsAsAnAdmin() {
        StockFlows.StockSetup s = StockFlows.stockItem(api(), "Cumin", "g", 0);
        String stock = "/api/v1/stock-items/" + s.stockItemId();
        assertThat(api().post(stock + "/receipts", Map.of("quantity", 3)).status()).isLessThan(300);
        assertThat(api().post(stock + "/reservations", Map.of("quantity", 50, "reference", "too-much")).status())
                .isEqualTo(422);

        Api.Response scraped = api().get(METRICS);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.header("Content-Type")).startsWith("text/plain");
        String text = scraped.body().asText();

        assertThat(sample(text, "http_server_requests_seconds_count", "uri=\"/api/v1/stock-items/{id}/receipts\""))
                .as("HTTP requests by endpoint").isGreaterThanOrEqualTo(1);
        assertThat(text).contains("http_server_requests_seconds_bucket{");
        assertThat(sample(text, "opsledger_commands_seconds_count", "command=\"ReceiveStockCommand\"",
                "outcome=\"success\"")).as("commands by type").isGreaterThanOrEqualTo(1);
        assertThat(sample(text, "opsledger_commands_seconds_count", "command=\"ReserveStockCommand\"",
                "outcome=\"failure\"")).as("failed commands by type").isGreaterThanOrEqualTo(1);
        assertThat(text).contains("opsledger_commands_seconds_bucket{").contains("opsledger_commands_seconds_sum{");

        double head = api().get("/api/v1/admin/projections/stock-items-postgres").body().path("head").asDouble();
        assertThat(sample(text, "opsledger_projection_position", "projection=\"stock-items-postgres\""))
                .as("the projection's position, as /api/v1/admin/projections shows it").isGreaterThan(0)
                .isLessThanOrEqualTo(head);
        for (String metric : List.of("opsledger_projection_lag_events", "opsledger_projection_lag_seconds",
                "opsledger_projection_replaying", "opsledger_projection_replay_percent",
                "opsledger_projection_replay_eta_seconds", "opsledger_projection_parked",
                "opsledger_projection_failed")) {
            assertThat(text).as(metric).containsPattern("(?m)^" + metric + "\\{[^}]*projection=\"stock-items-postgres\"");
        }
        assertThat(sample(text, "opsledger_projection_failed", "projection=\"stock-items-postgres\"")).isZero();
        for (String metric : List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "process_cpu_usage", "hikaricp_connections_active", "hikaricp_connections_max")) {
            assertThat(text).as(metric).containsPattern("(?m)^" + metric + "[{ ]");
        }
        assertThat(text).as("every series names the application and the side it runs")
                .containsPattern("(?m)^hikaricp_connections_max\\{[^}]*application=\"opsledger\"[^}]*role=\"all\"");
    }

    @Test
    void canShowOnTheDashboardOnlyWhatTheApplicationExposes() throws Exception {
        StockFlows.stockItem(api(), "Clove", "g", 0);
        String text = api().get(METRICS).body().asText();
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "deploy", "grafana", "opsledger.json").toFile());
        Set<String> named = new TreeSet<>();
        dashboard.findValues("expr").forEach(expr -> {
            Matcher metric = Pattern.compile("\\b([a-z][a-z0-9_]*)\\{").matcher(expr.asText());
            while (metric.find()) {
                named.add(metric.group(1));
            }
        });
        assertThat(named).as("metrics the dashboard shows").hasSizeGreaterThan(10)
                .contains("opsledger_commands_seconds_count", "opsledger_projection_lag_seconds");
        for (String metric : named) {
            assertThat(text).as(metric + " on the dashboard").containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    @Test
    void cannotScrapeWithoutMetricsPermissionOrAToken() {
        Accounts.Account manager = Accounts.create(api(), "manager");
        Api.Response refused = manager.api(port).get(METRICS);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Api.anonymous(port).get(METRICS).status()).isEqualTo(401);
    }

    /**
     * The value of the first sample of {@code metric} whose labels contain each of {@code labels} (a label's value may
     * hold braces: {@code uri="/api/v1/stock-items/{id}"}); -1 when none.
     */
    static double sample(String text, String metric, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(metric) + "\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        var matcher = line.matcher(text);
        while (matcher.find()) {
            String found = matcher.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return -1;
    }
}
