package com.opsledger.kernel.vehicle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Changes what may change about a vehicle: all but its number. */
public record UpdateVehicleCommand(@TargetAggregateIdentifier String vehicleId, String type, String model,
                                   BigDecimal capacityKg, String fuelType, LocalDate insuranceExpiry,
                                   LocalDate registrationExpiry, LocalDate nextMaintenanceDate) {
}
