package com.opsledger.query.route;

import com.opsledger.kernel.route.RouteCompletedEvent;
import com.opsledger.kernel.route.RouteEvent;
import com.opsledger.kernel.route.RouteLoad;
import com.opsledger.kernel.route.RouteOptimisationView;
import com.opsledger.kernel.route.RouteOptimisedEvent;
import com.opsledger.kernel.route.RoutePlannedEvent;
import com.opsledger.kernel.route.RouteStartedEvent;
import com.opsledger.kernel.route.RouteStop;
import com.opsledger.kernel.route.RouteStopView;
import com.opsledger.kernel.route.RouteStopsChangedEvent;
import com.opsledger.kernel.route.RouteView;
import com.opsledger.kernel.route.Routes;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The route table, and a route as it was at any instant, through one {@link #evolve}. A driver sees only their own
 * routes, their past included. Positions and arrival estimates are not events: the query handler adds them.
 */
@Component
@ReadModelTables("route_view")
@ProcessingGroup("routes-postgres")
class RouteTablePostgresProjection extends RowEvolution<RouteRow, RouteView> {

    /** A stop's status while the route is planned, once it has left, and once it is back. */
    static final String STOP_PLANNED = "planned";
    static final String STOP_OUT = "out-for-delivery";
    static final String STOP_DONE = "route-completed";

    RouteTablePostgresProjection(RouteRowRepository rows) {
        super("routes", "Route", RouteView::version, (caller, r) -> caller.scope().seesDriver(r.driverId()), rows,
                RouteRow::toView, RouteRow::of);
    }

    @Override
    public RouteView evolve(RouteView r, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof RoutePlannedEvent e) {
            return new RouteView(e.routeId(), e.number(), Routes.PLANNED, e.warehouseId(), e.date(), e.vehicleId(),
                    e.driverId(), stops(e.stops(), STOP_PLANNED), e.load().kg(), e.load().unweighedDeliveryIds(),
                    e.capacityKg(), e.distanceKm(), e.durationMinutes(), null, null, null, null, null,
                    event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (r == null) {
            return null;
        }
        if (payload instanceof RouteStopsChangedEvent e) {
            return with(r, event, r.status(), stops(e.stops(), STOP_PLANNED), e.load(), e.distanceKm(),
                    e.durationMinutes(), r.optimisation(), r.startedAt(), r.completedAt());
        }
        if (payload instanceof RouteOptimisedEvent e) {
            return with(r, event, r.status(), stops(e.stops(), STOP_PLANNED), load(r), e.distanceAfterKm(),
                    e.durationAfterMinutes(), new RouteOptimisationView(e.objective(), e.distanceBeforeKm(),
                            e.distanceAfterKm(), e.durationBeforeMinutes(), e.durationAfterMinutes()),
                    r.startedAt(), r.completedAt());
        }
        if (payload instanceof RouteStartedEvent) {
            return with(r, event, Routes.IN_PROGRESS, restatus(r.stops(), STOP_OUT), load(r), r.distanceKm(),
                    r.durationMinutes(), r.optimisation(), event.timestamp(), null);
        }
        if (payload instanceof RouteCompletedEvent e) {
            RouteView completed = with(r, event, Routes.COMPLETED, restatus(r.stops(), STOP_DONE), load(r),
                    r.distanceKm(), r.durationMinutes(), r.optimisation(), r.startedAt(), event.timestamp());
            return new RouteView(completed.id(), completed.number(), completed.status(), completed.warehouseId(),
                    completed.date(), completed.vehicleId(), completed.driverId(), completed.stops(),
                    completed.loadKg(), completed.unweighedDeliveryIds(), completed.capacityKg(),
                    completed.distanceKm(), completed.durationMinutes(), e.drivenKm(), completed.optimisation(), null,
                    completed.startedAt(), completed.completedAt(), completed.version(), completed.createdAt(),
                    completed.updatedAt());
        }
        return r;
    }

    @EventHandler
    void on(RouteEvent event, DomainEventMessage<?> message) {
        project(event.routeId(), message);
    }

    private static List<RouteStopView> stops(List<RouteStop> stops, String status) {
        return stops.stream().map(s -> new RouteStopView(s.deliveryId(), s.sequence(), s.plannedArrival(), null,
                status)).toList();
    }

    private static List<RouteStopView> restatus(List<RouteStopView> stops, String status) {
        return stops.stream().map(s -> new RouteStopView(s.deliveryId(), s.sequence(), s.plannedArrival(), null,
                status)).toList();
    }

    private static RouteLoad load(RouteView r) {
        return new RouteLoad(r.loadKg(), r.unweighedDeliveryIds());
    }

    private static RouteView with(RouteView r, RecordEvent event, String status, List<RouteStopView> stops,
                                  RouteLoad load, BigDecimal distanceKm, Long durationMinutes,
                                  RouteOptimisationView optimisation, Instant startedAt, Instant completedAt) {
        return new RouteView(r.id(), r.number(), status, r.warehouseId(), r.date(), r.vehicleId(), r.driverId(),
                stops, load.kg(), load.unweighedDeliveryIds(), r.capacityKg(), distanceKm, durationMinutes,
                r.drivenKm(), optimisation, null, startedAt, completedAt, event.sequenceNumber(), r.createdAt(), event.timestamp());
    }
}
