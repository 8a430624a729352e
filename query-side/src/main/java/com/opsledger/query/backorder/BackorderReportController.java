package com.opsledger.query.backorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderReportQuery;
import com.opsledger.kernel.backorder.BackorderReportView;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/backorders")
@Tag(name = "Backorders")
public class BackorderReportController {

    private final Queries queries;

    public BackorderReportController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @RequiresPermission("reports:read")
    @Operation(summary = "Backorder counts by status, SLA state, product, customer and age, and the quantity still "
            + "awaited, from the search index (follows within about a second)")
    public BackorderReportView report(@RequestParam(required = false) String status,
                                      @RequestParam(required = false) String customerId,
                                      @RequestParam(required = false) String productId,
                                      @RequestParam(required = false) String warehouseId,
                                      @RequestParam(required = false) String slaState,
                                      @Parameter(hidden = true) Caller caller) {
        if (status != null && !BackorderQueryController.STATUSES.contains(status)) {
            throw new InvalidValueException("status", "must be one of pending, in-progress, fulfilled, cancelled");
        }
        if (slaState != null && !BackorderQueryController.SLA_STATES.contains(slaState)) {
            throw new InvalidValueException("slaState", "must be one of on-track, at-risk, breached, met, closed");
        }
        return queries.ask(new BackorderReportQuery(status, id("customerId", customerId), id("productId", productId),
                id("warehouseId", warehouseId), slaState, caller.actsForCustomer() ? caller.customerId() : null),
                BackorderReportView.class);
    }

    private static String id(String field, String value) {
        return value == null ? null : Ids.requireValid(field, value);
    }
}
