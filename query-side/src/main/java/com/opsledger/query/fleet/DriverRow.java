package com.opsledger.query.fleet;

import com.opsledger.kernel.driver.DriverView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Locale;

@Entity
@Table(name = "driver_view")
class DriverRow extends RecordRow {

    String name;
    String nameLower;
    String phone;
    String licenceNumber;
    LocalDate licenceExpiry;

    /** {@code row} (a new one when null) holding {@code view}. */
    static DriverRow of(DriverRow row, DriverView view) {
        DriverRow written = row == null ? new DriverRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.name = view.name();
        written.nameLower = view.name().toLowerCase(Locale.ROOT);
        written.phone = view.phone();
        written.licenceNumber = view.licenceNumber();
        written.licenceExpiry = view.licenceExpiry();
        return written;
    }

    DriverView toView() {
        return new DriverView(id, name, phone, licenceNumber, licenceExpiry, version, createdAt, updatedAt);
    }
}
