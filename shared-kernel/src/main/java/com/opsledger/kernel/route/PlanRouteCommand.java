package com.opsledger.kernel.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record PlanRouteCommand(@TargetAggregateIdentifier String routeId, String number, String warehouseId,
                               LocalDate date, String vehicleId, String driverId, List<String> deliveryIds) {
}
