package com.opsledger.query.order;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.order.FindOrderQuery;
import com.opsledger.kernel.order.ListOrdersQuery;
import com.opsledger.kernel.order.OrderId;
import com.opsledger.kernel.order.OrderView;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
public class OrderQueryController {

    static final Set<String> STATUSES = Set.of("placed", "backordered", "fulfilled", "cancelled");

    private final Queries queries;

    public OrderQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @RequiresPermission("orders:read")
    @Operation(summary = "List orders by customer, status (placed, backordered, fulfilled, cancelled) and time placed "
            + "(from inclusive, to exclusive, ISO instants), newest first; sort by placedAt, updatedAt or status")
    public PageView<OrderView> list(@RequestParam(required = false) String customerId,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @Parameter(description = Pages.AFTER)
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) String sort,
                                    @Parameter(hidden = true) Caller caller) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidValueException("status", "must be one of placed, backordered, fulfilled, cancelled");
        }
        return queries.page(new ListOrdersQuery(customerId == null ? null : Ids.requireValid("customerId", customerId),
                status, instant("from", from), instant("to", to), caller.actsForCustomer() ? caller.customerId() : null,
                Pages.spec(page, size, sort, after, "placedAt", true, OrderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("orders:read")
    @Operation(summary = "One order with, per line, what is reserved, backordered, allocated, cancelled and pending")
    public OrderView get(@PathVariable OrderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindOrderQuery(id.value(), caller.actsForCustomer() ? caller.customerId() : null),
                OrderView.class, "order", id.value());
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO instant such as 2026-01-31T00:00:00Z");
        }
    }
}
