package com.opsledger.kernel.vehicle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record VehicleView(String id, String number, String type, String model, BigDecimal capacityKg,
                          String fuelType, LocalDate insuranceExpiry, LocalDate registrationExpiry,
                          LocalDate nextMaintenanceDate, String status, String statusReason, long version,
                          Instant createdAt, Instant updatedAt) {
}
