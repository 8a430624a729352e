package com.opsledger.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Each projection's progress as gauges, the same figures {@code GET /api/v1/admin/projections} shows (read from
 * {@link Projections}, never computed a second time): position, lag in events and in seconds, replay progress, parked
 * events and whether it has failed. One scrape reads the projections once: the figures are taken together and reused
 * for {@link #REUSE_NANOS}, as a scrape reads every gauge in turn.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    static final long REUSE_NANOS = 1_000_000_000L;

    private record Taken(long at, Map<String, ProjectionView> views) {
    }

    private final Projections projections;
    private final ProjectionHandlers handlers;
    private final LongSupplier nanoTime;
    private Taken taken;

    @Autowired
    ProjectionMetrics(Projections projections, ProjectionHandlers handlers) {
        this(projections, handlers, System::nanoTime);
    }

    ProjectionMetrics(Projections projections, ProjectionHandlers handlers, LongSupplier nanoTime) {
        this.projections = projections;
        this.handlers = handlers;
        this.nanoTime = nanoTime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : handlers.names()) {
            gauge(registry, name, "opsledger.projection.position", "the last event position it has handled",
                    view -> view.position());
            gauge(registry, name, "opsledger.projection.lag.events", "how many event positions it still has to read",
                    view -> view.behindEvents());
            gauge(registry, name, "opsledger.projection.lag.seconds",
                    "how much older its last event is than the newest stored event",
                    view -> view.behindSeconds());
            gauge(registry, name, "opsledger.projection.replaying", "1 while it is being rebuilt, else 0",
                    view -> "replaying".equals(view.state()) ? 1 : 0);
            gauge(registry, name, "opsledger.projection.replay.percent",
                    "while replaying: how much of the events stored before the replay began it has read",
                    view -> view.percentDone());
            gauge(registry, name, "opsledger.projection.replay.eta.seconds",
                    "while replaying: the estimated seconds left", view -> view.etaSeconds());
            gauge(registry, name, "opsledger.projection.parked", "events it could not apply and set aside",
                    view -> view.parked());
            gauge(registry, name, "opsledger.projection.failed", "1 when it has stopped on an error, else 0",
                    view -> "failed".equals(view.state()) ? 1 : 0);
        }
    }

    private void gauge(MeterRegistry registry, String projection, String metric, String description,
                       Function<ProjectionView, Number> figure) {
        String store = projection.endsWith("-postgres") ? "postgres"
                : projection.endsWith("-elastic") ? "elasticsearch" : "none";
        Gauge.builder(metric, this, metrics -> metrics.figure(projection, figure))
                .description(description)
                .tag("projection", projection)
                .tag("store", store)
                .register(registry);
    }

    private double figure(String projection, Function<ProjectionView, Number> figure) {
        ProjectionView view = views().get(projection);
        Number value = view == null ? null : figure.apply(view);
        return value == null ? Double.NaN : value.doubleValue();
    }

    /** The projections' views, taken at most {@link #REUSE_NANOS} ago. */
    synchronized Map<String, ProjectionView> views() {
        long now = nanoTime.getAsLong();
        if (taken == null || now - taken.at() > REUSE_NANOS) {
            List<ProjectionView> views = projections.list();
            taken = new Taken(now, views.stream().collect(Collectors.toMap(ProjectionView::name, view -> view,
                    (first, second) -> first)));
        }
        return taken.views();
    }
}
