package com.opsledger.query.fleet;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.driver.DriverView;
import com.opsledger.kernel.driver.FindDriverQuery;
import com.opsledger.kernel.driver.ListDriversQuery;
import com.opsledger.kernel.vehicle.FindVehicleQuery;
import com.opsledger.kernel.vehicle.ListVehicleAlertsQuery;
import com.opsledger.kernel.vehicle.ListVehiclesQuery;
import com.opsledger.kernel.vehicle.VehicleAlertView;
import com.opsledger.kernel.vehicle.VehicleAlertsView;
import com.opsledger.kernel.vehicle.VehicleView;
import com.opsledger.query.common.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Vehicles, their due dates, and drivers; a driver signed in ({@code onlyDriverId} set) sees only themselves. */
@Component
class FleetQueryHandler {

    static final Map<String, String> VEHICLE_SORTABLE = Map.of("number", "numberUpper", "type", "type",
            "status", "status", "capacityKg", "capacityKg", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final Map<String, String> DRIVER_SORTABLE = Map.of("name", "nameLower", "licenceExpiry", "licenceExpiry",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final VehicleRowRepository vehicles;
    private final DriverRowRepository drivers;

    FleetQueryHandler(VehicleRowRepository vehicles, DriverRowRepository drivers) {
        this.vehicles = vehicles;
        this.drivers = drivers;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    VehicleView handle(FindVehicleQuery query) {
        return vehicles.findById(query.vehicleId()).map(VehicleRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<VehicleView> handle(ListVehiclesQuery query) {
        Specification<VehicleRow> filter = Specification.allOf(
                query.text() == null ? null : (root, q, cb) -> cb.like(root.get("numberUpper"),
                        like(query.text().toUpperCase(Locale.ROOT))),
                query.type() == null ? null : (root, q, cb) -> cb.equal(root.get("type"), query.type()),
                query.status() == null ? null : (root, q, cb) -> cb.equal(root.get("status"), query.status()));
        return Pages.view(vehicles.findAll(filter, Pages.pageable(query.page(), VEHICLE_SORTABLE, "id")),
                VehicleRow::toView);
    }

    /** Every insurance, registration or maintenance date on or before the horizon, overdue ones included. */
    @QueryHandler
    @Transactional(readOnly = true)
    VehicleAlertsView handle(ListVehicleAlertsQuery query) {
        Specification<VehicleRow> due = (root, q, cb) -> cb.and(cb.notEqual(root.get("status"), "inactive"), cb.or(
                cb.lessThanOrEqualTo(root.get("insuranceExpiry"), query.until()),
                cb.lessThanOrEqualTo(root.get("registrationExpiry"), query.until()),
                cb.lessThanOrEqualTo(root.get("nextMaintenanceDate"), query.until())));
        List<VehicleAlertView> alerts = new ArrayList<>();
        for (VehicleRow row : vehicles.findAll(due)) {
            alert(alerts, row, "insurance", row.insuranceExpiry, query);
            alert(alerts, row, "registration", row.registrationExpiry, query);
            alert(alerts, row, "maintenance", row.nextMaintenanceDate, query);
        }
        alerts.sort(Comparator.comparing(VehicleAlertView::dueDate).thenComparing(VehicleAlertView::number)
                .thenComparing(VehicleAlertView::kind));
        return new VehicleAlertsView(query.until(), List.copyOf(alerts));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    DriverView handle(FindDriverQuery query) {
        if (query.onlyDriverId() != null && !query.onlyDriverId().equals(query.driverId())) {
            return null;
        }
        return drivers.findById(query.driverId()).map(DriverRow::toView).orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<DriverView> handle(ListDriversQuery query) {
        Specification<DriverRow> filter = Specification.allOf(
                query.text() == null ? null : (root, q, cb) -> cb.like(root.get("nameLower"),
                        like(query.text().toLowerCase(Locale.ROOT))),
                query.onlyDriverId() == null ? null : (root, q, cb) -> cb.equal(root.get("id"), query.onlyDriverId()));
        return Pages.view(drivers.findAll(filter, Pages.pageable(query.page(), DRIVER_SORTABLE, "id")),
                DriverRow::toView);
    }

    private static void alert(List<VehicleAlertView> alerts, VehicleRow row, String kind, LocalDate due,
                              ListVehicleAlertsQuery query) {
        if (due != null && !due.isAfter(query.until())) {
            long days = ChronoUnit.DAYS.between(query.today(), due);
            alerts.add(new VehicleAlertView(row.vehicleId(), row.number, kind, due, days, days < 0));
        }
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
