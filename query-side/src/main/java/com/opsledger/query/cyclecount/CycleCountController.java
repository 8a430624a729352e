package com.opsledger.query.cyclecount;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.stocktake.CycleCountsDueQuery;
import com.opsledger.kernel.stocktake.CycleCountsDueView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@Tag(name = "Stocktakes")
public record CycleCountController(Queries queries, Clock clock) {

    @GetMapping("/api/v1/cycle-counts/due")
    @RequiresPermission("stocktakes:read")
    @Operation(summary = "The stock items of a warehouse due for a cycle count: classed A, B or C by the value they "
            + "moved in the last 90 days (80/15/5 %), counted monthly, quarterly or yearly; start a stocktake with "
            + "the productIds answered")
    public CycleCountsDueView due(@RequestParam(required = false) WarehouseId warehouseId) {
        if (warehouseId == null) {
            throw new InvalidValueException("warehouseId", "is required");
        }
        return queries.ask(new CycleCountsDueQuery(warehouseId.value(), clock.instant()), CycleCountsDueView.class);
    }
}
