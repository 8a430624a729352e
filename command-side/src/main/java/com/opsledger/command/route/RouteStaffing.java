package com.opsledger.command.route;

import com.opsledger.command.fleet.FleetDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A route's vehicle must exist and be active, and its driver's licence must be valid on the route's date. */
final class RouteStaffing {

    private RouteStaffing() {
    }

    /** The capacity (kg) of the vehicle, which may drive routes. */
    static BigDecimal vehicle(FleetDirectory fleet, String vehicleId) {
        FleetDirectory.VehicleFacts vehicle = fleet.vehicle(vehicleId)
                .orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
        if (!vehicle.status().equals("active")) {
            throw new BusinessRuleViolationException("vehicle-not-active", "vehicleId",
                    "the vehicle is " + vehicle.status() + ", not active");
        }
        return vehicle.capacityKg();
    }

    static void driver(FleetDirectory fleet, String driverId, LocalDate date) {
        LocalDate expiry = fleet.licenceExpiry(driverId).orElseThrow(() -> new NotFoundException("driver", driverId));
        if (expiry.isBefore(date)) {
            throw new BusinessRuleViolationException("licence-expired", "driverId",
                    "the driver's licence expires on " + expiry + ", before the route's date " + date);
        }
    }
}
