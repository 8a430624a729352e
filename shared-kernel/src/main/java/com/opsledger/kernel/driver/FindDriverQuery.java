package com.opsledger.kernel.driver;

/** One driver; a driver's own caller ({@code onlyDriverId} set) finds only themselves. */
public record FindDriverQuery(String driverId, String onlyDriverId) {
}
