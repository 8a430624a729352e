package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.purchaseorder.SpendingReportQuery;
import com.opsledger.kernel.purchaseorder.SpendingReportView;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.opsledger.query.web.QueryParameters.instant;

@RestController
@RequestMapping("/api/v1/reports/spending")
@Tag(name = "Reports")
public record SpendingReportController(Queries queries) {

    @GetMapping
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
                caller.supplierScope()),
                SpendingReportView.class);
    }
}
