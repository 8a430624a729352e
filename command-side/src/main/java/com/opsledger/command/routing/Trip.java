package com.opsledger.command.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A route to plan: it leaves {@code depot} at {@code departure}, serves each stop (taking {@code serviceTime}) and
 * comes back; it drives at {@code speedKmh} on average and carries at most {@code capacityGrams}.
 */
public record Trip(GeoPoint depot, Instant departure, List<TripStop> stops, long capacityGrams, double speedKmh,
                   Duration serviceTime) {

    public Trip {
        stops = List.copyOf(stops);
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("speed must be more than 0 km/h");
        }
    }
}
