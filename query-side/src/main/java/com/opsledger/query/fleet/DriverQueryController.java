package com.opsledger.query.fleet;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.driver.DriverId;
import com.opsledger.kernel.driver.DriverView;
import com.opsledger.kernel.driver.FindDriverQuery;
import com.opsledger.kernel.driver.ListDriversQuery;
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

@RestController
@RequestMapping("/api/v1/drivers")
@Tag(name = "Fleet")
public record DriverQueryController(Queries queries) {

    @GetMapping
    @RequiresPermission("drivers:read")
    @Operation(summary = "List drivers by leading name; sort by name, licenceExpiry, createdAt or updatedAt; a driver "
            + "sees only themselves")
    public PageView<DriverView> list(@RequestParam(required = false) String q, @ParameterObject PageParameters paging,
                                     @Parameter(hidden = true) Caller caller) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidValueException("q", "must be at most 200 characters");
        }
        return queries.page(new ListDriversQuery(text, caller.scope().driverFilter(),
                paging.spec("name", false, FleetQueryHandler.DRIVER_SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("drivers:read")
    @Operation(summary = "One driver; a driver sees only themselves")
    public DriverView get(@PathVariable DriverId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindDriverQuery(id.value(), caller.scope().driverFilter()), DriverView.class, "driver",
                id.value());
    }
}
