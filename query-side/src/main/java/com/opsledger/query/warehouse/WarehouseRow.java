package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "warehouse_view")
class WarehouseRow {

    @Id
    String id;
    String code;
    String codeUpper;
    String name;
    long version;
    Instant createdAt;
    BigDecimal latitude;
    BigDecimal longitude;

    /** {@code row} (a new one when null) holding {@code view}. */
    static WarehouseRow of(WarehouseRow row, WarehouseView view) {
        WarehouseRow written = row == null ? new WarehouseRow() : row;
        written.id = view.id();
        written.code = view.code();
        written.codeUpper = view.code().toUpperCase(Locale.ROOT);
        written.name = view.name();
        written.version = view.version();
        written.createdAt = view.createdAt();
        written.latitude = view.latitude();
        written.longitude = view.longitude();
        return written;
    }

    WarehouseView toView() {
        return new WarehouseView(id, code, name, version, createdAt,
                WarehouseTablePostgresProjection.degrees(latitude), WarehouseTablePostgresProjection.degrees(longitude));
    }
}
