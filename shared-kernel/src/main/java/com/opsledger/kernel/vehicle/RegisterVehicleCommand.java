package com.opsledger.kernel.vehicle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Adds a vehicle to the fleet; its number (plate) is unique ignoring case and fixed for its life. */
public record RegisterVehicleCommand(@TargetAggregateIdentifier String vehicleId, String number, String type,
                                     String model, BigDecimal capacityKg, String fuelType, LocalDate insuranceExpiry,
                                     LocalDate registrationExpiry, LocalDate nextMaintenanceDate) {
}
