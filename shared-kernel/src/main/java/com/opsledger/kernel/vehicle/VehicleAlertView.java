package com.opsledger.kernel.vehicle;

import java.time.LocalDate;

/** One date of a vehicle that is due: {@code kind} is insurance, registration or maintenance. */
public record VehicleAlertView(String vehicleId, String number, String kind, LocalDate dueDate, long daysLeft,
                               boolean overdue) {
}
