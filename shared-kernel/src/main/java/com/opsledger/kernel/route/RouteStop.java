package com.opsledger.kernel.route;

import java.time.Instant;

/** A delivery in its place on a route, and when it is planned to be reached (null without coordinates). */
public record RouteStop(String deliveryId, int sequence, Instant plannedArrival) {
}
