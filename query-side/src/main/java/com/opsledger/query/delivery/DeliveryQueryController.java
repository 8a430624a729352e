package com.opsledger.query.delivery;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.AggregateId;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.CustomerId;
import com.opsledger.kernel.delivery.DeliveryId;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.FindDeliveryQuery;
import com.opsledger.kernel.delivery.ListDeliveriesQuery;
import com.opsledger.kernel.order.OrderId;
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
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries")
public record DeliveryQueryController(Queries queries) {

    public static final List<String> STATUSES = List.of("pending", "scheduled", "out-for-delivery", "delivered",
            "failed", "returned", "cancelled");

    @GetMapping
    @RequiresPermission("deliveries:read")
    @Operation(summary = "List deliveries by order, status, route, customer and time created (from inclusive, to "
            + "exclusive, ISO instants), newest first; sort by createdAt, updatedAt, status, number or slotFrom")
    public PageView<DeliveryView> list(@RequestParam(required = false) OrderId orderId,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) AggregateId routeId,
                                       @RequestParam(required = false) CustomerId customerId,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @ParameterObject CursorPageParameters paging,
                                       @Parameter(hidden = true) Caller caller) {
        return queries.page(new ListDeliveriesQuery(value(orderId), oneOf("status", status, STATUSES),
                value(routeId), value(customerId), instant("from", from), instant("to", to), caller.customerScope(),
                caller.isScoped() ? caller.scope().driverFilter() : null,
                paging.spec("createdAt", true, DeliveryQueryHandler.SORTABLE)));
    }

    @GetMapping("/{id}")
    @RequiresPermission("deliveries:read")
    @Operation(summary = "One delivery: its lines, address, time slot, route stop and ETA, outcome and proof")
    public DeliveryView get(@PathVariable DeliveryId id, @Parameter(hidden = true) Caller caller) {
        return queries.one(new FindDeliveryQuery(id.value(), caller.customerScope(),
                caller.isScoped() ? caller.scope().driverFilter() : null), DeliveryView.class, "delivery", id.value());
    }
}
