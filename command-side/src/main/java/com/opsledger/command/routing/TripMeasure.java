package com.opsledger.command.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A trip driven in one order of its stops: the distance (back to the depot included), how long it takes from departure
 * to return, when each stop is reached (in that order), and whether every slot is met and the load fits.
 */
public record TripMeasure(List<String> order, double metres, Duration duration, double travelSeconds,
                          double waitingSeconds, List<Instant> arrivals, boolean withinSlots, boolean withinCapacity) {

    public double kilometres() {
        return metres / 1000;
    }

    boolean feasible() {
        return withinSlots && withinCapacity;
    }

    /** The cost an optimisation for {@code objective} compares: metres, or seconds driven and waited. */
    double cost(Objective objective) {
        return objective == Objective.DISTANCE ? metres : travelSeconds + waitingSeconds;
    }
}
