package com.opsledger.kernel.route;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

/** The stops in the order kept by an optimisation, with the distance and duration before and after it. */
@Revision("1")
public record RouteOptimisedEvent(String routeId, String objective, List<RouteStop> stops,
                                  BigDecimal distanceBeforeKm, BigDecimal distanceAfterKm,
                                  long durationBeforeMinutes, long durationAfterMinutes) implements RouteEvent {
}
