package com.opsledger.command.route;

import com.opsledger.command.routing.GeoPoint;
import com.opsledger.command.routing.RoutePlanner;
import com.opsledger.command.routing.Trip;
import com.opsledger.command.routing.TripMeasure;
import com.opsledger.command.routing.TripStop;
import com.opsledger.kernel.route.RouteStop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stops of a route in their order with planned arrivals, and its distance and duration: known when the warehouse
 * and every stop have coordinates, null otherwise (the order stays as entered either way).
 */
final class RouteTiming {

    record Timed(List<RouteStop> stops, BigDecimal distanceKm, Long durationMinutes) {
    }

    private RouteTiming() {
    }

    static Timed time(RoutePlanner planner, Optional<GeoPoint> depot, LocalDate date,
                      List<RouteFacts.DeliveryFacts> deliveries, BigDecimal capacityKg) {
        Optional<Trip> trip = trip(planner, depot, date, deliveries, capacityKg);
        if (trip.isEmpty()) {
            List<RouteStop> stops = new ArrayList<>();
            for (int i = 0; i < deliveries.size(); i++) {
                stops.add(new RouteStop(deliveries.get(i).deliveryId(), i + 1, null));
            }
            return new Timed(List.copyOf(stops), null, null);
        }
        return timed(planner.measure(trip.get()));
    }

    /** The trip to plan, when the warehouse and every delivery have coordinates. */
    static Optional<Trip> trip(RoutePlanner planner, Optional<GeoPoint> depot, LocalDate date,
                               List<RouteFacts.DeliveryFacts> deliveries, BigDecimal capacityKg) {
        if (depot.isEmpty() || deliveries.stream().anyMatch(d -> d.point() == null)) {
            return Optional.empty();
        }
        List<TripStop> stops = deliveries.stream().map(d -> new TripStop(d.deliveryId(), d.point(),
                grams(d.weightKg()), d.slotFrom(), d.slotTo())).toList();
        return Optional.of(planner.trip(depot.get(), date, stops, capacityKg));
    }

    static Timed timed(TripMeasure measure) {
        List<RouteStop> stops = new ArrayList<>();
        for (int i = 0; i < measure.order().size(); i++) {
            Instant arrival = measure.arrivals().get(i);
            stops.add(new RouteStop(measure.order().get(i), i + 1, arrival.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        return new Timed(List.copyOf(stops), kilometres(measure), minutes(measure));
    }

    static BigDecimal kilometres(TripMeasure measure) {
        return BigDecimal.valueOf(measure.kilometres()).setScale(3, RoundingMode.HALF_UP);
    }

    static long minutes(TripMeasure measure) {
        return Math.round(measure.duration().toSeconds() / 60.0);
    }

    private static long grams(BigDecimal kg) {
        return kg == null ? 0 : kg.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}
