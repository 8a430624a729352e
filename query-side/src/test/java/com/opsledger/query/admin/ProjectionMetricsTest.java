package com.opsledger.query.admin;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProjectionMetricsTest {

    private final Projections projections = mock(Projections.class);
    private final ProjectionHandlers handlers = mock(ProjectionHandlers.class);
    private final AtomicLong now = new AtomicLong();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void canShowWhatTheProjectionAdministrationShowsForEachProjection() {
        when(handlers.names()).thenReturn(List.of("orders-postgres", "stock-search-elastic"));
        when(projections.list()).thenReturn(List.of(
                new ProjectionView("orders-postgres", "postgres", "read-models-postgres", 90L, 100, 10L, 4L,
                        "replaying", 62.5, 30L, null, 2),
                new ProjectionView("stock-search-elastic", "elasticsearch", "read-models-elastic", null, 100, null,
                        null, "failed", null, null, "boom", 0)));
        new ProjectionMetrics(projections, handlers, now::get).bindTo(registry);

        assertThat(gauge("opsledger.projection.position", "orders-postgres")).isEqualTo(90);
        assertThat(gauge("opsledger.projection.lag.events", "orders-postgres")).isEqualTo(10);
        assertThat(gauge("opsledger.projection.lag.seconds", "orders-postgres")).isEqualTo(4);
        assertThat(gauge("opsledger.projection.replaying", "orders-postgres")).isEqualTo(1);
        assertThat(gauge("opsledger.projection.replay.percent", "orders-postgres")).isEqualTo(62.5);
        assertThat(gauge("opsledger.projection.replay.eta.seconds", "orders-postgres")).isEqualTo(30);
        assertThat(gauge("opsledger.projection.parked", "orders-postgres")).isEqualTo(2);
        assertThat(gauge("opsledger.projection.failed", "orders-postgres")).isZero();
        assertThat(registry.get("opsledger.projection.position").tag("projection", "orders-postgres")
                .tag("store", "postgres").gauge()).isNotNull();

        assertThat(gauge("opsledger.projection.position", "stock-search-elastic")).as("holds no segment here").isNaN();
        assertThat(gauge("opsledger.projection.failed", "stock-search-elastic")).isEqualTo(1);
        assertThat(gauge("opsledger.projection.replaying", "stock-search-elastic")).isZero();
    }

    @Test
    void canReadTheProjectionsOnceForAllTheGaugesOfAScrape() {
        when(handlers.names()).thenReturn(List.of("orders-postgres"));
        when(projections.list()).thenReturn(List.of(new ProjectionView("orders-postgres", "postgres",
                "read-models-postgres", 5L, 5, 0L, 0L, "live", null, null, null, 0)));
        new ProjectionMetrics(projections, handlers, now::get).bindTo(registry);

        registry.getMeters().forEach(meter -> meter.measure().forEach(measurement -> measurement.getValue()));
        verify(projections, times(1)).list();

        now.addAndGet(ProjectionMetrics.REUSE_NANOS + 1);
        assertThat(gauge("opsledger.projection.position", "orders-postgres")).isEqualTo(5);
        verify(projections, times(2)).list();
    }

    private double gauge(String name, String projection) {
        return registry.get(name).tag("projection", projection).gauge().value();
    }
}
