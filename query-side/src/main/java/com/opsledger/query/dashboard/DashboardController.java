package com.opsledger.query.dashboard;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.dashboard.BackorderDashboardQuery;
import com.opsledger.kernel.dashboard.BackorderDashboardView;
import com.opsledger.kernel.dashboard.OperationsDashboardQuery;
import com.opsledger.kernel.dashboard.OperationsDashboardView;
import com.opsledger.kernel.supplier.SupplierId;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

/** The dashboards (permission {@code reports:read}), each held to the caller's scope. */
@RestController
@RequestMapping("/api/v1/dashboards")
@Tag(name = "Dashboards")
public record DashboardController(Queries queries) {

    static final List<String> INTERVALS = List.of("day", "week", "month");
    static final int MAX_BUCKETS = 1000;

    @GetMapping("/backorders")
    @RequiresPermission("reports:read")
    @Operation(summary = "Backorder KPIs of the backorders created in [from, to) (default the last 30 days), with a "
            + "series per day, week or month (UTC); filters by product category, preferred supplier, warehouse "
            + "and customer")
    public BackorderDashboardView backorders(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) String interval,
                                             @RequestParam(required = false) String category,
                                             @RequestParam(required = false) SupplierId supplierId,
                                             @RequestParam(required = false) WarehouseId warehouseId,
                                             @RequestParam(required = false) CustomerId customerId,
                                             @Parameter(hidden = true) Caller caller) {
        Instant end = to == null || to.isBlank() ? Instant.now() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(30)) : instant("from", from);
        String step = interval == null || interval.isBlank() ? "day" : oneOf("interval", interval, INTERVALS);
        if (!start.isBefore(end)) {
            throw new InvalidValueException("to", "must be after from");
        }
        long days = ChronoUnit.DAYS.between(start, end);
        if (days / (step.equals("day") ? 1 : step.equals("week") ? 7 : 28) > MAX_BUCKETS) {
            throw new InvalidValueException("from", "spans more than " + MAX_BUCKETS + " " + step + "s");
        }
        String inCategory = category == null || category.isBlank() ? null : category.strip();
        return queries.ask(new BackorderDashboardQuery(start, end, step, inCategory, value(supplierId),
                value(warehouseId), value(customerId), caller.customerScope()), BackorderDashboardView.class);
    }

    @GetMapping("/operations")
    @RequiresPermission("reports:read")
    @Operation(summary = "Operations KPIs now, of one warehouse or of all: stock value at cost (else last purchase "
            + "price), items below their reorder point, open purchase orders, their value and those overdue, quality "
            + "pass rate, on-time delivery rate and unresolved temperature alerts")
    public OperationsDashboardView operations(@RequestParam(required = false) WarehouseId warehouseId,
                                              @Parameter(hidden = true) Caller caller) {
        boolean scoped = caller.customerScope() != null || caller.supplierScope() != null;
        return queries.ask(new OperationsDashboardQuery(value(warehouseId), scoped), OperationsDashboardView.class);
    }
}
