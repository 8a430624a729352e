package com.opsledger.kernel.route;

import java.time.Instant;

/** A stop as the route shows it: {@code eta} is known once the route reports positions and the stop remains. */
public record RouteStopView(String deliveryId, int sequence, Instant plannedArrival, Instant eta, String status) {
}
