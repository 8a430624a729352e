package com.opsledger.kernel.vehicle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeVehicleStatusCommand(@TargetAggregateIdentifier String vehicleId, String status, String reason) {
}
