package com.opsledger.kernel.vehicle;

import java.time.LocalDate;
import java.util.List;

/** What falls due by {@code until}, soonest first. */
public record VehicleAlertsView(LocalDate until, List<VehicleAlertView> alerts) {
}
