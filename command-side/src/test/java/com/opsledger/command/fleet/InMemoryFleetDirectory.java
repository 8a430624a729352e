package com.opsledger.command.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fleet directory held in memory, with the semantics of {@link JdbcFleetDirectory}. */
public class InMemoryFleetDirectory implements FleetDirectory {

    private final Map<String, VehicleFacts> vehicles = new HashMap<>();
    private final Map<String, LocalDate> drivers = new HashMap<>();

    @Override
    public void vehicle(String vehicleId, BigDecimal capacityKg, String status) {
        vehicles.put(vehicleId, new VehicleFacts(capacityKg, status));
    }

    @Override
    public Optional<VehicleFacts> vehicle(String vehicleId) {
        return Optional.ofNullable(vehicles.get(vehicleId));
    }

    @Override
    public void driver(String driverId, LocalDate licenceExpiry) {
        drivers.put(driverId, licenceExpiry);
    }

    @Override
    public Optional<LocalDate> licenceExpiry(String driverId) {
        return Optional.ofNullable(drivers.get(driverId));
    }
}
