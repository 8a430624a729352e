package com.opsledger.query.route;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.route.FindRouteQuery;
import com.opsledger.kernel.route.FindRouteTrackQuery;
import com.opsledger.kernel.route.ListRoutesQuery;
import com.opsledger.kernel.route.RouteId;
import com.opsledger.kernel.route.RouteTrackView;
import com.opsledger.kernel.route.RouteView;
import com.opsledger.kernel.route.Routes;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;

@RestController
@RequestMapping("/api/v1/routes")
@Tag(name = "Routes")
public record RouteQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("routes:read")
    @Operation(summary = "List routes by driver (an id, or me), date and status (planned, in-progress, completed); "
            + "sort by date, number, status, createdAt or updatedAt; a driver sees only their own")
    public PageView<RouteView> list(@RequestParam(required = false) String driver,
                                    @RequestParam(required = false) LocalDate date,
                                    @RequestParam(required = false) String status,
                                    @ParameterObject PageParameters paging,
                                    @Parameter(hidden = true) Caller caller) {
        String driverId = driver == null || driver.isBlank() ? null
                : driver.equals("me") ? (caller.driverId() == null ? Scope.NO_RECORD : caller.driverId())
                : Ids.requireValid("driver", driver);
        return queries.page(new ListRoutesQuery(driverId, BusinessDates.require("date", date),
                oneOf("status", status, Routes.STATUSES), caller.scope().driverFilter(),
                paging.spec("date", true, RouteQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("routes:read")
    @Operation(summary = "One route: its stops with planned arrivals and, while in progress, estimated ones; its load, "
            + "distance, optimisation and latest position")
    public RouteView get(@PathVariable RouteId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindRouteQuery(id.value(), caller.scope().driverFilter()), RouteView.class, "route",
                id.value());
    }

    @GetMapping("/{id}/track")
    @RequiresPermission("routes:read")
    @Operation(summary = "The positions a route reported from (inclusive) to (exclusive), oldest first, at most "
            + "10,000")
    public RouteTrackView track(@PathVariable RouteId id, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @Parameter(hidden = true) Caller caller) {
        var since = instant("from", from);
        var until = instant("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidValueException("to", "must be after from");
        }
        return queries.one(new FindRouteTrackQuery(id.value(), since, until, caller.scope().driverFilter()),
                RouteTrackView.class, "route", id.value());
    }
}
