package com.opsledger.command.route;

import com.opsledger.command.fleet.FleetDirectory;
import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.routing.GeoPoint;
import com.opsledger.command.routing.Objective;
import com.opsledger.command.routing.RoutePlanner;
import com.opsledger.command.routing.Trip;
import com.opsledger.command.routing.TripPlan;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.route.ChangeRouteStopsCommand;
import com.opsledger.kernel.route.CompleteRouteCommand;
import com.opsledger.kernel.route.OptimiseRouteCommand;
import com.opsledger.kernel.route.PlanRouteCommand;
import com.opsledger.kernel.route.RouteCompletedEvent;
import com.opsledger.kernel.route.RouteOptimisedEvent;
import com.opsledger.kernel.route.RoutePlannedEvent;
import com.opsledger.kernel.route.RouteStartedEvent;
import com.opsledger.kernel.route.RouteStop;
import com.opsledger.kernel.route.RouteStopsChangedEvent;
import com.opsledger.kernel.route.Routes;
import com.opsledger.kernel.route.StartRouteCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A vehicle and its driver serving deliveries from one warehouse on one date: planned (its stops may change and be
 * optimised), in progress once it leaves, completed when it is back. A driver acts only on their own routes.
 */
@Aggregate
public class Route {

    @AggregateIdentifier
    private String routeId;
    private String status;
    private String warehouseId;
    private LocalDate date;
    private String vehicleId;
    private String driverId;
    private List<String> deliveryIds;

    protected Route() {
    }

    @CommandHandler
    public Route(PlanRouteCommand command, ReferenceRegistry registry, FleetDirectory fleet, RouteFacts facts,
                 RouteBookings bookings, RoutePlanner planner) {
        if (command.warehouseId() == null || !registry.warehouseExists(command.warehouseId())) {
            throw new NotFoundException("warehouse", command.warehouseId());
        }
        if (command.date() == null) {
            throw new InvalidValueException("date", "is required");
        }
        LocalDate on = BusinessDates.require("date", command.date());
        var capacityKg = RouteStaffing.vehicle(fleet, command.vehicleId());
        RouteStaffing.driver(fleet, command.driverId(), on);
        RouteLoading.Loaded loaded = RouteLoading.load(facts, command.warehouseId(), command.deliveryIds(), capacityKg);
        RouteTiming.Timed timed = RouteTiming.time(planner, facts.warehouse(command.warehouseId()), on,
                loaded.deliveries(), capacityKg);
        bookings.bookVehicle(command.vehicleId(), on, command.routeId());
        bookings.bookDriver(command.driverId(), on, command.routeId());
        List<String> ids = ids(timed.stops());
        bookings.bookDeliveries(ids, command.routeId());
        bookings.route(command.routeId(), new RouteBookings.Booked(command.driverId(), command.vehicleId(),
                Routes.PLANNED, command.warehouseId(), ids));
        apply(new RoutePlannedEvent(command.routeId(), command.number(), command.warehouseId(), on,
                command.vehicleId(), command.driverId(), timed.stops(), loaded.load(), capacityKg, timed.distanceKm(),
                timed.durationMinutes()));
    }

    @CommandHandler
    public void handle(ChangeRouteStopsCommand command, FleetDirectory fleet, RouteFacts facts,
                       RouteBookings bookings, RoutePlanner planner) {
        requirePlanned();
        var capacityKg = RouteStaffing.vehicle(fleet, vehicleId);
        RouteLoading.Loaded loaded = RouteLoading.load(facts, warehouseId, command.deliveryIds(), capacityKg);
        RouteTiming.Timed timed = RouteTiming.time(planner, facts.warehouse(warehouseId), date, loaded.deliveries(),
                capacityKg);
        List<String> ids = ids(timed.stops());
        List<String> added = ids.stream().filter(id -> !deliveryIds.contains(id)).toList();
        List<String> removed = deliveryIds.stream().filter(id -> !ids.contains(id)).toList();
        bookings.releaseDeliveries(removed, routeId);
        bookings.bookDeliveries(added, routeId);
        bookings.route(routeId, new RouteBookings.Booked(driverId, vehicleId, status, warehouseId, ids));
        apply(new RouteStopsChangedEvent(routeId, timed.stops(), added, removed, loaded.load(), timed.distanceKm(),
                timed.durationMinutes()));
    }

    @CommandHandler
    public void handle(OptimiseRouteCommand command, FleetDirectory fleet, RouteFacts facts, RouteBookings bookings,
                       RoutePlanner planner) {
        if (command.objective() == null || !Routes.OBJECTIVES.contains(command.objective())) {
            throw new InvalidValueException("objective", "must be one of " + String.join(", ", Routes.OBJECTIVES));
        }
        requirePlanned();
        var capacityKg = RouteStaffing.vehicle(fleet, vehicleId);
        List<RouteFacts.DeliveryFacts> deliveries = RouteLoading.load(facts, warehouseId, deliveryIds, capacityKg)
                .deliveries();
        Optional<GeoPoint> depot = facts.warehouse(warehouseId);
        List<String> lacking = deliveries.stream().filter(d -> d.point() == null)
                .map(RouteFacts.DeliveryFacts::deliveryId).toList();
        if (!lacking.isEmpty()) {
            throw new BusinessRuleViolationException("stops-without-coordinates", "deliveryIds",
                    "these stops have no coordinates, so the route keeps its order: " + String.join(", ", lacking));
        }
        if (depot.isEmpty()) {
            throw new BusinessRuleViolationException("warehouse-without-coordinates", "warehouseId",
                    "the warehouse has no coordinates, so the route keeps its order");
        }
        Trip trip = RouteTiming.trip(planner, depot, date, deliveries, capacityKg).orElseThrow();
        TripPlan plan = planner.optimise(trip, Objective.valueOf(command.objective().toUpperCase(Locale.ROOT)));
        RouteTiming.Timed timed = RouteTiming.timed(plan.after());
        bookings.route(routeId, new RouteBookings.Booked(driverId, vehicleId, status, warehouseId,
                ids(timed.stops())));
        apply(new RouteOptimisedEvent(routeId, command.objective(), timed.stops(),
                RouteTiming.kilometres(plan.before()), RouteTiming.kilometres(plan.after()),
                RouteTiming.minutes(plan.before()), RouteTiming.minutes(plan.after())));
    }

    @CommandHandler
    public void handle(StartRouteCommand command, RouteBookings bookings, RouteStartChecks checks) {
        requireActor(command.actingDriverId());
        requirePlanned();
        List<String> held = checks.held(warehouseId, deliveryIds);
        if (!held.isEmpty()) {
            throw new BusinessRuleViolationException("pre-dispatch-check-missing", String.join("; ", held));
        }
        bookings.route(routeId, new RouteBookings.Booked(driverId, vehicleId, Routes.IN_PROGRESS, warehouseId,
                deliveryIds));
        apply(new RouteStartedEvent(routeId, warehouseId, driverId, vehicleId, deliveryIds));
    }

    @CommandHandler
    public void handle(CompleteRouteCommand command, RouteBookings bookings, DrivenDistance driven) {
        requireActor(command.actingDriverId());
        if (!status.equals(Routes.IN_PROGRESS)) {
            throw new BusinessRuleViolationException("route-not-in-progress", "the route is " + status
                    + "; only a route in progress can be completed");
        }
        bookings.route(routeId, new RouteBookings.Booked(driverId, vehicleId, Routes.COMPLETED, warehouseId,
                deliveryIds));
        apply(new RouteCompletedEvent(routeId, driven.drivenKm(routeId)));
    }

    /** Another driver's route is none of theirs: it is not found, as on reading. */
    private void requireActor(String actingDriverId) {
        if (actingDriverId != null && !actingDriverId.equals(driverId)) {
            throw new NotFoundException("route", routeId);
        }
    }

    private void requirePlanned() {
        if (!status.equals(Routes.PLANNED)) {
            throw new BusinessRuleViolationException("route-not-planned", "the route is " + status
                    + "; only a planned route changes its stops, is optimised or starts");
        }
    }

    private static List<String> ids(List<RouteStop> stops) {
        return stops.stream().map(RouteStop::deliveryId).toList();
    }

    @EventSourcingHandler
    void on(RoutePlannedEvent event) {
        routeId = event.routeId();
        status = Routes.PLANNED;
        warehouseId = event.warehouseId();
        date = event.date();
        vehicleId = event.vehicleId();
        driverId = event.driverId();
        deliveryIds = ids(event.stops());
    }

    @EventSourcingHandler
    void on(RouteStopsChangedEvent event) {
        deliveryIds = ids(event.stops());
    }

    @EventSourcingHandler
    void on(RouteOptimisedEvent event) {
        deliveryIds = new ArrayList<>(ids(event.stops()));
    }

    @EventSourcingHandler
    void on(RouteStartedEvent event) {
        status = Routes.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(RouteCompletedEvent event) {
        status = Routes.COMPLETED;
    }
}
