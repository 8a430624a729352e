package com.opsledger.command.route;

import com.opsledger.kernel.delivery.DispatchDeliveryCommand;
import com.opsledger.kernel.delivery.ScheduleDeliveryCommand;
import com.opsledger.kernel.delivery.UnscheduleDeliveryCommand;
import com.opsledger.kernel.route.RouteOptimisedEvent;
import com.opsledger.kernel.route.RoutePlannedEvent;
import com.opsledger.kernel.route.RouteStartedEvent;
import com.opsledger.kernel.route.RouteStop;
import com.opsledger.kernel.route.RouteStopsChangedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a route does to its deliveries: each stop is scheduled on it (with its sequence and planned arrival, again
 * when the stops change or are reordered), a stop taken off is unscheduled, and when the route leaves each delivery
 * is dispatched (its stock leaves).
 */
@Component
@ProcessingGroup(RouteDispatchProcess.NAME)
class RouteDispatchProcess {

    static final String NAME = "route-dispatch";

    private final CommandGateway commands;
    private final RouteBookings bookings;

    RouteDispatchProcess(CommandGateway commands, RouteBookings bookings) {
        this.commands = commands;
        this.bookings = bookings;
    }

    @EventHandler
    void on(RoutePlannedEvent event) {
        schedule(event.routeId(), event.stops(), event.driverId(), event.vehicleId());
    }

    @EventHandler
    void on(RouteStopsChangedEvent event) {
        for (String deliveryId : event.removedDeliveryIds()) {
            commands.sendAndWait(new UnscheduleDeliveryCommand(deliveryId, event.routeId()));
        }
        RouteBookings.Booked route = bookings.route(event.routeId()).orElseThrow();
        schedule(event.routeId(), event.stops(), route.driverId(), route.vehicleId());
    }

    @EventHandler
    void on(RouteOptimisedEvent event) {
        RouteBookings.Booked route = bookings.route(event.routeId()).orElseThrow();
        schedule(event.routeId(), event.stops(), route.driverId(), route.vehicleId());
    }

    @EventHandler
    void on(RouteStartedEvent event) {
        for (String deliveryId : event.deliveryIds()) {
            commands.sendAndWait(new DispatchDeliveryCommand(deliveryId, null));
        }
    }

    private void schedule(String routeId, List<RouteStop> stops, String driverId, String vehicleId) {
        for (RouteStop stop : stops) {
            commands.sendAndWait(new ScheduleDeliveryCommand(stop.deliveryId(), routeId, stop.sequence(),
                    stop.plannedArrival(), driverId, vehicleId));
        }
    }
}
