package com.opsledger.query.report;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderReportQuery;
import com.opsledger.kernel.backorder.BackorderReportView;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.purchaseorder.SpendingReportQuery;
import com.opsledger.kernel.purchaseorder.SpendingReportView;
import com.opsledger.kernel.warehouse.WarehouseId;
import com.opsledger.query.backorder.BackorderQueryController;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.opsledger.kernel.stockitem.WasteReportQuery;
import com.opsledger.kernel.stockitem.WasteReportView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

/** The reports (permission {@code reports:read}), each held to the caller's scope. */
@RestController
@RequestMapping("/api/v1/reports")
public record ReportController(Queries queries) {

    @Tag(name = "Backorders")
    @GetMapping("/backorders")
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

    @Tag(name = "Reports")
    @GetMapping("/spending")
    @RequiresPermission("reports:read")
    @Operation(summary = "Spending on purchase orders sent in [from, to) (ISO instants), per supplier, per month "
            + "or per product category (each line under its product's current category, 'uncategorised' without "
            + "one), in each currency; supplier and month follow the purchase orders within about a second")
    public SpendingReportView spending(@RequestParam(required = false) String groupBy,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @Parameter(hidden = true) Caller caller) {
        String group = groupBy == null || groupBy.isBlank() ? "supplier" : groupBy.strip();
        if (!group.equals("supplier") && !group.equals("month") && !group.equals("category")) {
            throw new InvalidValueException("groupBy", "must be supplier, month or category");
        }
        return queries.ask(new SpendingReportQuery(group, instant("from", from), instant("to", to),
                caller.supplierScope()), SpendingReportView.class);
    }

    @Tag(name = "Reports")
    @GetMapping("/waste")
    @RequiresPermission("reports:read")
    @Operation(summary = "Stock written off in [from, to) (ISO instants) per reason, product, warehouse or disposal "
            + "method (default reason), in each currency: write-offs, their value by the valuation rule and how many "
            + "had none; pending and rejected write-offs do not count")
    public WasteReportView waste(@RequestParam(required = false) String groupBy,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @Parameter(hidden = true) Caller caller) {
        String group = groupBy == null || groupBy.isBlank() ? "reason" : groupBy.strip();
        return queries.ask(new WasteReportQuery(oneOf("groupBy", group, WASTE_GROUPS), instant("from", from),
                instant("to", to), caller.customerScope() != null || caller.supplierScope() != null),
                WasteReportView.class);
    }

    public static final java.util.List<String> WASTE_GROUPS = java.util.List.of("reason", "product", "warehouse",
            "disposalMethod");
}
