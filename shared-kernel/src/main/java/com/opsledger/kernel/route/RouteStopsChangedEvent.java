package com.opsledger.kernel.route;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.List;

@Revision("1")
public record RouteStopsChangedEvent(String routeId, List<RouteStop> stops, List<String> addedDeliveryIds,
                                     List<String> removedDeliveryIds, RouteLoad load, BigDecimal distanceKm,
                                     Long durationMinutes) implements RouteEvent {
}
