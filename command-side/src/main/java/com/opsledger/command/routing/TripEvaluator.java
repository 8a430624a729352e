package com.opsledger.command.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives a trip in a given order on paper: arrival at each stop (waiting for its slot to open when early), the
 * distance and the duration back to the depot. The one measure both the entered order and the solver's are judged by.
 */
public final class TripEvaluator {

    private final DistanceSource distances;

    public TripEvaluator(DistanceSource distances) {
        this.distances = distances;
    }

    public TripMeasure measure(Trip trip, List<TripStop> order) {
        double metresPerSecond = trip.speedKmh() * 1000 / 3600;
        double metres = 0;
        double travel = 0;
        double waiting = 0;
        double clock = 0;
        long load = 0;
        boolean withinSlots = true;
        GeoPoint here = trip.depot();
        List<Instant> arrivals = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (TripStop stop : order) {
            double leg = distances.metres(here, stop.point());
            metres += leg;
            travel += leg / metresPerSecond;
            clock += leg / metresPerSecond;
            Instant arrival = at(trip, clock);
            arrivals.add(arrival);
            ids.add(stop.id());
            if (stop.slotTo() != null && arrival.isAfter(stop.slotTo())) {
                withinSlots = false;
            }
            if (stop.slotFrom() != null && arrival.isBefore(stop.slotFrom())) {
                double wait = Duration.between(arrival, stop.slotFrom()).toMillis() / 1000.0;
                waiting += wait;
                clock += wait;
            }
            clock += trip.serviceTime().toSeconds();
            load += stop.weightGrams();
            here = stop.point();
        }
        double back = distances.metres(here, trip.depot());
        metres += back;
        travel += back / metresPerSecond;
        clock += back / metresPerSecond;
        return new TripMeasure(List.copyOf(ids), metres, Duration.ofMillis(Math.round(clock * 1000)), travel,
                waiting, List.copyOf(arrivals), withinSlots, load <= trip.capacityGrams());
    }

    private static Instant at(Trip trip, double seconds) {
        return trip.departure().plusMillis(Math.round(seconds * 1000));
    }
}
