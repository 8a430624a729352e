package com.opsledger.command.route;

import com.opsledger.kernel.common.BusinessRuleViolationException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The route bookings held in memory, with the semantics of {@link JdbcRouteBookings}. */
class InMemoryRouteBookings implements RouteBookings {

    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, Booked> routes = new HashMap<>();

    @Override
    public void bookVehicle(String vehicleId, LocalDate date, String routeId) {
        book("vehicle " + vehicleId + " " + date, routeId, "vehicle-already-routed", "vehicleId");
    }

    @Override
    public void bookDriver(String driverId, LocalDate date, String routeId) {
        book("driver " + driverId + " " + date, routeId, "driver-already-routed", "driverId");
    }

    @Override
    public void bookDeliveries(List<String> deliveryIds, String routeId) {
        deliveryIds.forEach(id -> book("delivery " + id, routeId, "delivery-already-routed", "deliveryIds"));
    }

    @Override
    public void releaseDeliveries(List<String> deliveryIds, String routeId) {
        deliveryIds.forEach(id -> holders.remove("delivery " + id, routeId));
    }

    private void book(String key, String routeId, String rule, String field) {
        String holder = holders.putIfAbsent(key, routeId);
        if (holder != null && !holder.equals(routeId)) {
            throw new BusinessRuleViolationException(rule, field, key + " is on route " + holder);
        }
    }

    @Override
    public void route(String routeId, Booked booked) {
        routes.put(routeId, booked);
    }

    @Override
    public Optional<Booked> route(String routeId) {
        return Optional.ofNullable(routes.get(routeId));
    }

    boolean holds(String deliveryId, String routeId) {
        return routeId.equals(holders.get("delivery " + deliveryId));
    }
}
