package com.opsledger.query.alert;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.alert.AlertId;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsView;
import com.opsledger.kernel.alert.AlertView;
import com.opsledger.kernel.alert.FindAlertQuery;
import com.opsledger.kernel.alert.FindAlertSettingsQuery;
import com.opsledger.kernel.alert.ListAlertsQuery;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts")
public record AlertQueryController(Queries queries) {

    @RequiresPermission("alerts:read")
    @GetMapping
    @Operation(summary = "Your alert inbox: the alerts of the kinds your role sees and you did not mute, in your "
            + "scope, by status (open, acknowledged, resolved), kind and warehouse; newest first by default; sort by "
            + "raisedAt, updatedAt, kind or severity")
    public PageView<AlertView> list(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) WarehouseId warehouseId,
                                    @ParameterObject CursorPageParameters paging,
                                    @Parameter(hidden = true) Caller caller) {
        AlertSettingsView settings = queries.ask(new FindAlertSettingsQuery(caller.userId()), AlertSettingsView.class);
        return queries.page(new ListAlertsQuery(oneOf("status", status, AlertKinds.STATUSES),
                AlertKinds.kind("kind", kind), value(warehouseId),
                AlertKinds.visibleTo(caller, settings.mutedKinds()), caller.customerScope(), caller.supplierScope(),
                paging.spec("raisedAt", true, AlertQueryHandler.SORTABLE)));
    }

    @RequiresPermission("alerts:read")
    @GetMapping("/{id}")
    @Operation(summary = "One alert you see (also of a kind you muted)")
    public AlertView get(@PathVariable AlertId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindAlertQuery(id.value(), AlertKinds.visibleTo(caller), caller.customerScope(),
                caller.supplierScope()), AlertView.class, "alert", id.value());
    }

    @RequiresPermission("alerts:read")
    @GetMapping("/settings")
    @Operation(summary = "Your alert settings: the kinds left out of your inbox")
    public AlertSettingsView settings(@Parameter(hidden = true) Caller caller) {
        return queries.ask(new FindAlertSettingsQuery(caller.userId()), AlertSettingsView.class);
    }
}
