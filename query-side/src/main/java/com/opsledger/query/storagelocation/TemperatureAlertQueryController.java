package com.opsledger.query.storagelocation;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.storagelocation.ListTemperatureAlertsQuery;
import com.opsledger.kernel.storagelocation.StorageLocationId;
import com.opsledger.kernel.storagelocation.TemperatureAlertView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import com.opsledger.query.web.CursorPageParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/temperature-alerts")
@Tag(name = "Cold chain")
public record TemperatureAlertQueryController(Queries queries) {

    public static final List<String> STATUSES = List.of("open", "acknowledged", "resolved");

    @RequiresPermission("temperature-alerts:read")
    @GetMapping
    @Operation(summary = "List temperature alerts by status (open, acknowledged, resolved), warehouse and storage "
            + "location; newest first by default; sort by startedAt or updatedAt")
    public PageView<TemperatureAlertView> list(@RequestParam(required = false) String status,
                                               @RequestParam(required = false) WarehouseId warehouseId,
                                               @RequestParam(required = false) StorageLocationId storageLocationId,
                                               @ParameterObject CursorPageParameters paging) {
        return queries.page(new ListTemperatureAlertsQuery(oneOf("status", status, STATUSES), value(warehouseId),
                value(storageLocationId), paging.spec("startedAt", true, StorageLocationQueryHandler.ALERTS_SORTABLE)));
    }
}
