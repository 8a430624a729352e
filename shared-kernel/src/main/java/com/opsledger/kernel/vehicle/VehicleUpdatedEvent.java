package com.opsledger.kernel.vehicle;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

@Revision("1")
public record VehicleUpdatedEvent(String vehicleId, String type, String model, BigDecimal capacityKg,
                                  String fuelType, LocalDate insuranceExpiry, LocalDate registrationExpiry,
                                  LocalDate nextMaintenanceDate) implements VehicleEvent {
}
