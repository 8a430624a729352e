package com.opsledger.query.backorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderReportQuery;
import com.opsledger.kernel.backorder.BackorderReportView;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/reports/backorders")
@Tag(name = "Backorders")
public record BackorderReportController(Queries queries) {

    @GetMapping
    @RequiresPermission("reports:read")
    @Operation(summary = "Backorder counts by status, SLA state, product, customer and age, and the quantity still "
            + "awaited, from the search index (follows within about a second)")
    public BackorderReportView report(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) CustomerId customerId,
                                      @RequestParam(required = false) ProductId productId,
                                      @RequestParam(required = false) WarehouseId warehouseId,
                                      @RequestParam(required = false) String slaState,
                                      @Parameter(hidden = true) Caller caller) {
        return queries.ask(new BackorderReportQuery(oneOf("status", status, BackorderQueryController.STATUSES),
                value(customerId), value(productId), value(warehouseId),
                oneOf("slaState", slaState, BackorderQueryController.SLA_STATES),
                caller.customerScope()), BackorderReportView.class);
    }
}
