package com.opsledger.command.fleet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

@Component
class JdbcFleetDirectory implements FleetDirectory {

    private final JdbcTemplate jdbc;

    JdbcFleetDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void vehicle(String vehicleId, BigDecimal capacityKg, String status) {
        jdbc.update("insert into cmd_vehicle (vehicle_id, capacity_kg, status) values (?, ?, ?) on conflict "
                + "(vehicle_id) do update set capacity_kg = excluded.capacity_kg, status = excluded.status",
                vehicleId, capacityKg, status);
    }

    @Override
    public Optional<VehicleFacts> vehicle(String vehicleId) {
        return jdbc.query("select capacity_kg, status from cmd_vehicle where vehicle_id = ?",
                (rs, row) -> new VehicleFacts(rs.getBigDecimal(1), rs.getString(2)), vehicleId).stream().findFirst();
    }

    @Override
    public void driver(String driverId, LocalDate licenceExpiry) {
        jdbc.update("insert into cmd_driver (driver_id, licence_expiry) values (?, ?) on conflict (driver_id) "
                + "do update set licence_expiry = excluded.licence_expiry", driverId, Date.valueOf(licenceExpiry));
    }

    @Override
    public Optional<LocalDate> licenceExpiry(String driverId) {
        return jdbc.query("select licence_expiry from cmd_driver where driver_id = ?",
                (rs, row) -> rs.getDate(1).toLocalDate(), driverId).stream().findFirst();
    }
}
