package com.opsledger.query.route;

import com.opsledger.kernel.route.RouteOptimisationView;
import com.opsledger.kernel.route.RouteStopView;
import com.opsledger.kernel.route.RouteView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "route_view")
class RouteRow extends RecordRow {

    String number;
    String status;
    String warehouseId;
    @Column(name = "route_date")
    LocalDate date;
    String vehicleId;
    String driverId;
    @JdbcTypeCode(SqlTypes.JSON)
    List<RouteStopView> stops = new ArrayList<>();
    BigDecimal loadKg;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> unweighedDeliveryIds = new ArrayList<>();
    BigDecimal capacityKg;
    BigDecimal distanceKm;
    Long durationMinutes;
    BigDecimal drivenKm;
    @JdbcTypeCode(SqlTypes.JSON)
    RouteOptimisationView optimisation;
    Instant startedAt;
    Instant completedAt;

    /** {@code row} (a new one when null) holding {@code view}. */
    static RouteRow of(RouteRow row, RouteView view) {
        RouteRow written = row == null ? new RouteRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
        written.number = view.number();
        written.status = view.status();
        written.warehouseId = view.warehouseId();
        written.date = view.date();
        written.vehicleId = view.vehicleId();
        written.driverId = view.driverId();
        written.stops = new ArrayList<>(view.stops());
        written.loadKg = view.loadKg();
        written.unweighedDeliveryIds = new ArrayList<>(view.unweighedDeliveryIds());
        written.capacityKg = view.capacityKg();
        written.distanceKm = view.distanceKm();
        written.durationMinutes = view.durationMinutes();
        written.drivenKm = view.drivenKm();
        written.optimisation = view.optimisation();
        written.startedAt = view.startedAt();
        written.completedAt = view.completedAt();
        return written;
    }

    RouteView toView() {
        return new RouteView(id, number, status, warehouseId, date, vehicleId, driverId, List.copyOf(stops),
                plain(loadKg), List.copyOf(unweighedDeliveryIds), plain(capacityKg), plain(distanceKm),
                durationMinutes, plain(drivenKm), optimisation, null, startedAt, completedAt, version, createdAt, updatedAt);
    }

    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
