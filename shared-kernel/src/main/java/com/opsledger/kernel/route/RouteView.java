package com.opsledger.kernel.route;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RouteView(String id, String number, String status, String warehouseId, LocalDate date,
                        String vehicleId, String driverId, List<RouteStopView> stops, BigDecimal loadKg,
                        List<String> unweighedDeliveryIds, BigDecimal capacityKg, BigDecimal distanceKm,
                        Long durationMinutes, BigDecimal drivenKm, RouteOptimisationView optimisation,
                        RoutePositionView lastPosition,
                        Instant startedAt, Instant completedAt, long version, Instant createdAt, Instant updatedAt) {
}
