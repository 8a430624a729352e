package com.opsledger.query.order;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.order.FindOrderQuery;
import com.opsledger.kernel.order.ListOrdersQuery;
import com.opsledger.kernel.order.OrderId;
import com.opsledger.kernel.order.OrderView;
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

import static com.opsledger.query.web.QueryParameters.instant;
import static com.opsledger.query.web.QueryParameters.oneOf;
import static com.opsledger.query.web.QueryParameters.value;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
public record OrderQueryController(Queries queries) {

    static final List<String> STATUSES = List.of("placed", "backordered", "fulfilled", "out-for-delivery",
            "delivered", "cancelled");

    @GetMapping
    @RequiresPermission("orders:read")
    @Operation(summary = "List orders by customer, status (placed, backordered, fulfilled, out-for-delivery, delivered, "
            + "cancelled) and time placed "
            + "(from inclusive, to exclusive, ISO instants), newest first; sort by placedAt, updatedAt or status")
    public PageView<OrderView> list(@RequestParam(required = false) CustomerId customerId,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @ParameterObject CursorPageParameters paging,
                                    @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListOrdersQuery(value(customerId), oneOf("status", status, STATUSES),
                instant("from", from), instant("to", to), caller.customerScope(),
                paging.spec("placedAt", true, OrderQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("orders:read")
    @Operation(summary = "One order with, per line, what is reserved, backordered, allocated, cancelled and pending")
    public OrderView get(@PathVariable OrderId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindOrderQuery(id.value(), caller.customerScope()),
                OrderView.class, "order", id.value());
    }
}
