package com.opsledger.query.backorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderId;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.kernel.backorder.FindBackorderQuery;
import com.opsledger.kernel.backorder.ListBackordersQuery;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.Pages;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@RequestMapping("/api/v1/backorders")
@Tag(name = "Backorders")
public class BackorderQueryController {

    static final Set<String> STATUSES = Set.of("pending", "in-progress", "fulfilled", "cancelled");
    static final Set<String> SLA_STATES = Set.of("on-track", "at-risk", "breached", "met", "closed");

    private final Queries queries;

    public BackorderQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @RequiresPermission("backorders:read")
    @Operation(summary = "List backorders by status (pending, in-progress, fulfilled, cancelled), customer, product, "
            + "warehouse and SLA state (on-track, at-risk, breached, met, closed); sort by priority, slaDueDate, "
            + "createdAt, updatedAt, eta, remaining or orderPlacedAt")
    public PageView<BackorderView> list(@RequestParam(required = false) String status,
                                        @RequestParam(required = false) String customerId,
                                        @RequestParam(required = false) String productId,
                                        @RequestParam(required = false) String warehouseId,
                                        @RequestParam(required = false) String slaState,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @Parameter(description = Pages.AFTER)
                                        @RequestParam(required = false) String after,
                                        @RequestParam(required = false) String sort,
                                        @Parameter(hidden = true) Caller caller) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidValueException("status", "must be one of pending, in-progress, fulfilled, cancelled");
        }
        if (slaState != null && !SLA_STATES.contains(slaState)) {
            throw new InvalidValueException("slaState", "must be one of on-track, at-risk, breached, met, closed");
        }
        return queries.page(new ListBackordersQuery(status, id("customerId", customerId), id("productId", productId),
                id("warehouseId", warehouseId), slaState, caller.actsForCustomer() ? caller.customerId() : null,
                Pages.spec(page, size, sort, after, "createdAt", true, BackorderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("backorders:read")
    @Operation(summary = "One backorder with its allocation history")
    public BackorderView get(@PathVariable BackorderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindBackorderQuery(id.value(),
                caller.actsForCustomer() ? caller.customerId() : null), BackorderView.class, "backorder", id.value());
    }

    private static String id(String field, String value) {
        return value == null ? null : Ids.requireValid(field, value);
    }
}
