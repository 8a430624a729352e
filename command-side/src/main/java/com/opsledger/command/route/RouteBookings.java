package com.opsledger.command.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a route holds across aggregates, written in the command's transaction: its vehicle and its driver for its date
 * (one route each per date), its deliveries (one route each), and its driver, status and stops for the positions it
 * reports.
 */
public interface RouteBookings {

    record Booked(String driverId, String vehicleId, String status, String warehouseId, List<String> deliveryIds) {
    }

    /** Books the vehicle for the date; refused (422 naming vehicleId) when another route holds it. */
    void bookVehicle(String vehicleId, LocalDate date, String routeId);

    /** Books the driver for the date; refused (422 naming driverId) when another route holds them. */
    void bookDriver(String driverId, LocalDate date, String routeId);

    /** Books the deliveries for the route; refused (422 naming deliveryIds) when another route holds one. */
    void bookDeliveries(List<String> deliveryIds, String routeId);

    void releaseDeliveries(List<String> deliveryIds, String routeId);

    void route(String routeId, Booked booked);

    Optional<Booked> route(String routeId);
}
