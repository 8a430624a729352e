package com.opsledger.kernel.vehicle;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

@Revision("1")
public record VehicleRegisteredEvent(String vehicleId, String number, String type, String model,
                                     BigDecimal capacityKg, String fuelType, LocalDate insuranceExpiry,
                                     LocalDate registrationExpiry, LocalDate nextMaintenanceDate, String status)
        implements VehicleEvent {
}
