package com.opsledger.kernel.route;

import java.time.Instant;

/** The positions a route reported between {@code from} and {@code to} (either may be null). */
public record FindRouteTrackQuery(String routeId, Instant from, Instant to, String onlyDriverId) {
}
