package com.opsledger.query.fleet;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.vehicle.FindVehicleQuery;
import com.opsledger.kernel.vehicle.Fleet;
import com.opsledger.kernel.vehicle.ListVehicleAlertsQuery;
import com.opsledger.kernel.vehicle.ListVehiclesQuery;
import com.opsledger.kernel.vehicle.VehicleAlertsView;
import com.opsledger.kernel.vehicle.VehicleId;
import com.opsledger.kernel.vehicle.VehicleView;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.opsledger.query.web.QueryParameters.oneOf;

@RestController
@RequestMapping("/api/v1/vehicles")
@Tag(name = "Fleet")
public record VehicleQueryController(Queries queries) {

    static final int MAX_WITHIN_DAYS = 366;

    @GetMapping
    @RequiresPermission("vehicles:read")
    @Operation(summary = "List vehicles by leading number, type and status; sort by number, type, status, "
            + "capacityKg, createdAt or updatedAt")
    public PageView<VehicleView> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String status,
                                      @ParameterObject PageParameters paging) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 20) {
            throw new InvalidValueException("q", "must be at most 20 characters");
        }
        return queries.page(new ListVehiclesQuery(text, oneOf("type", type, Fleet.TYPES),
                oneOf("status", status, Fleet.STATUSES),
                paging.spec("number", false, FleetQueryHandler.VEHICLE_SORTABLE)));
    }

    @GetMapping("/alerts")
    @RequiresPermission("vehicles:read")
    @Operation(summary = "Insurance, registration and maintenance dates due within withinDays (default 14, at most "
            + "366) or overdue, of vehicles not inactive, soonest first")
    public VehicleAlertsView alerts(@RequestParam(defaultValue = "14") int withinDays) {
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new InvalidValueException("withinDays", "must be between 0 and " + MAX_WITHIN_DAYS);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return queries.ask(new ListVehicleAlertsQuery(today, today.plusDays(withinDays)), VehicleAlertsView.class);
    }

    @GetMapping("/{id}")
    @RequiresPermission("vehicles:read")
    @Operation(summary = "One vehicle")
    public VehicleView get(@PathVariable VehicleId id) {
        return queries.one(new FindVehicleQuery(id.value()), VehicleView.class, "vehicle", id.value());
    }
}
