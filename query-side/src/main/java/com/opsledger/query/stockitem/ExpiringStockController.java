package com.opsledger.query.stockitem;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.stockitem.ExpiringStockQuery;
import com.opsledger.kernel.stockitem.ExpiringStockView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

import static com.opsledger.query.web.QueryParameters.value;

@RestController
@Tag(name = "Reports")
public record ExpiringStockController(Queries queries, Clock clock) {

    static final int MAX_DAYS = 3650;

    @GetMapping("/api/v1/reports/expiring")
    @RequiresPermission("reports:expiring")
    @Operation(summary = "Batches on hand that expire within withinDays (default 7; expired ones too), soonest first, "
            + "with their quantity and value, in one warehouse or all")
    public ExpiringStockView expiring(@RequestParam(required = false) Integer withinDays,
                                      @RequestParam(required = false) WarehouseId warehouseId) {
        int days = withinDays == null ? 7 : withinDays;
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidValueException("withinDays", "must be 0 to " + MAX_DAYS);
        }
        return queries.ask(new ExpiringStockQuery(LocalDate.now(clock), days, value(warehouseId)),
                ExpiringStockView.class);
    }
}
