package com.opsledger.query.backorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderId;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.kernel.backorder.FindBackorderQuery;
import com.opsledger.kernel.backorder.ListBackordersQuery;
import com.opsledger.kernel.catalog.ProductId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerId;
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

import java.util.List;

import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/backorders")
@Tag(name = "Backorders")
public record BackorderQueryController(Queries queries) {

    public static final List<String> STATUSES = List.of("pending", "in-progress", "fulfilled", "cancelled");
    public static final List<String> SLA_STATES = List.of("on-track", "at-risk", "breached", "met", "closed");

    @GetMapping
    @RequiresPermission("backorders:read")
    @Operation(summary = "List backorders by status (pending, in-progress, fulfilled, cancelled), customer, product, "
            + "warehouse and SLA state (on-track, at-risk, breached, met, closed); sort by priority, slaDueDate, "
            + "createdAt, updatedAt, eta, remaining or orderPlacedAt")
    public PageView<BackorderView> list(@RequestParam(required = false) String status,
                                        @RequestParam(required = false) CustomerId customerId,
                                        @RequestParam(required = false) ProductId productId,
                                        @RequestParam(required = false) WarehouseId warehouseId,
                                        @RequestParam(required = false) String slaState,
                                        @ParameterObject CursorPageParameters paging,
                                        @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListBackordersQuery(oneOf("status", status, STATUSES), value(customerId),
                value(productId), value(warehouseId), oneOf("slaState", slaState, SLA_STATES),
                caller.customerScope(),
                paging.spec("createdAt", true, BackorderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("backorders:read")
    @Operation(summary = "One backorder with its allocation history")
    public BackorderView get(@PathVariable BackorderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindBackorderQuery(id.value(),
                caller.customerScope()), BackorderView.class, "backorder", id.value());
    }
}
