package com.opsledger.kernel.route;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A route is planned; distance and duration are null when some stop or the warehouse has no coordinates. */
@Revision("1")
public record RoutePlannedEvent(String routeId, String number, String warehouseId, LocalDate date, String vehicleId,
                                String driverId, List<RouteStop> stops, RouteLoad load, BigDecimal capacityKg,
                                BigDecimal distanceKm, Long durationMinutes) implements RouteEvent {
}
