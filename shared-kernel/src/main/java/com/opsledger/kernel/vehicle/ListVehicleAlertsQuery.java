package com.opsledger.kernel.vehicle;

import java.time.LocalDate;

/** The insurance, registration and maintenance dates of vehicles not inactive that fall on or before {@code until}. */
public record ListVehicleAlertsQuery(LocalDate today, LocalDate until) {
}
