package com.opsledger.kernel.route;

import com.opsledger.kernel.common.PageSpec;

import java.time.LocalDate;

/** Routes of a driver, on a date, in a status (null means any); {@code onlyDriverId} scopes. */
public record ListRoutesQuery(String driverId, LocalDate date, String status, String onlyDriverId, PageSpec page) {
}
