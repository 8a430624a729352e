package com.opsledger.command.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Routes on paper, with the settings of the installation: they leave at {@code departureTime} (in {@code zone}) on
 * their date, drive at {@code speedKmh} on average and spend {@code serviceTime} at each stop.
 */
public final class RoutePlanner {

    private final TripEvaluator evaluator;
    private final JspritTripPlanner solver;
    private final LocalTime departureTime;
    private final ZoneId zone;
    private final double speedKmh;
    private final Duration serviceTime;

    public RoutePlanner(DistanceSource distances, int iterations, LocalTime departureTime, ZoneId zone,
                        double speedKmh, Duration serviceTime) {
        this.evaluator = new TripEvaluator(distances);
        this.solver = new JspritTripPlanner(distances, iterations, 42);
        this.departureTime = departureTime;
        this.zone = zone;
        this.speedKmh = speedKmh;
        this.serviceTime = serviceTime;
    }

    public Trip trip(GeoPoint depot, LocalDate date, List<TripStop> stops, BigDecimal capacityKg) {
        long capacityGrams = capacityKg.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.DOWN)
                .longValueExact();
        return new Trip(depot, date.atTime(departureTime).atZone(zone).toInstant(), stops, capacityGrams, speedKmh,
                serviceTime);
    }

    public TripMeasure measure(Trip trip) {
        return evaluator.measure(trip, trip.stops());
    }

    public TripPlan optimise(Trip trip, Objective objective) {
        return solver.plan(trip, objective);
    }

    public double speedKmh() {
        return speedKmh;
    }

    public Duration serviceTime() {
        return serviceTime;
    }
}
