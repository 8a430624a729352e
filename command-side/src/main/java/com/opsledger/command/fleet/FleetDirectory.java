package com.opsledger.command.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What command handlers of other aggregates (routes) need to know of the fleet: a vehicle's capacity and status, a
 * driver's licence expiry. Written in the command's own transaction, so a refused command leaves nothing.
 */
public interface FleetDirectory {

    record VehicleFacts(BigDecimal capacityKg, String status) {
    }

    void vehicle(String vehicleId, BigDecimal capacityKg, String status);

    Optional<VehicleFacts> vehicle(String vehicleId);

    void driver(String driverId, LocalDate licenceExpiry);

    /** The driver's licence expiry; empty when there is no such driver. */
    Optional<LocalDate> licenceExpiry(String driverId);
}
