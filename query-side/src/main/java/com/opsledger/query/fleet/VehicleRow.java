package com.opsledger.query.fleet;

import com.opsledger.kernel.vehicle.VehicleView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

@Entity
@Table(name = "vehicle_view")
class VehicleRow extends RecordRow {

    String number;
    String numberUpper;
    String type;
    String model;
    BigDecimal capacityKg;
    String fuelType;
    LocalDate insuranceExpiry;
    LocalDate registrationExpiry;
    LocalDate nextMaintenanceDate;
    String status;
    String statusReason;

    /** {@code row} (a new one when null) holding {@code view}. */
    static VehicleRow of(VehicleRow row, VehicleView view) {
        VehicleRow written = row == null ? new VehicleRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.number = view.number();
        written.numberUpper = view.number().toUpperCase(Locale.ROOT);
        written.type = view.type();
        written.model = view.model();
        written.capacityKg = view.capacityKg();
        written.fuelType = view.fuelType();
        written.insuranceExpiry = view.insuranceExpiry();
        written.registrationExpiry = view.registrationExpiry();
        written.nextMaintenanceDate = view.nextMaintenanceDate();
        written.status = view.status();
        written.statusReason = view.statusReason();
        return written;
    }

    String vehicleId() {
        return id;
    }

    VehicleView toView() {
        return new VehicleView(id, number, type, model, plain(capacityKg), fuelType, insuranceExpiry,
                registrationExpiry, nextMaintenanceDate, status, statusReason, version, createdAt, updatedAt);
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
