package com.opsledger.command.order;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.order.CancelOrderCommand;
import com.opsledger.kernel.order.CancelOrderLineCommand;
import com.opsledger.kernel.order.NewOrderLine;
import com.opsledger.kernel.order.OrderId;
import com.opsledger.kernel.order.OrderLineId;
import com.opsledger.kernel.order.PlaceOrderCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(OrderCommandController.PATH)
@Tag(name = "Orders")
public record OrderCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/orders";

    public record OrderRequest(@NotBlank String customerId, @NotBlank String warehouseId,
                               @NotEmpty @Size(max = CustomerOrder.MAX_LINES) List<NewOrderLine> lines,
                               Address deliveryAddress, LocalDate requestedDate) {
    }

    public record OrderCancellationRequest(@Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("orders:create")
    @Operation(summary = "Place an order; each line's stock is reserved as far as available and the rest backordered "
            + "(follow it on GET /api/v1/orders/{id}); a line takes the product's list price unless a caller with "
            + "orders:price gives its unitPrice")
    public IdResponse place(@Valid @RequestBody OrderRequest body, @Parameter(hidden = true) Caller caller) {
        return sender.create(PATH, new PlaceOrderCommand(Ids.newId(), body.customerId(), body.warehouseId(),
                body.lines(), body.deliveryAddress(), body.requestedDate(), caller.customerScope(),
                caller.has(LinePricing.PRICE_PERMISSION)));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("orders:cancel")
    @Operation(summary = "Cancel every open line of an order: reservations are released, backorders cancelled")
    public IdResponse cancel(@PathVariable OrderId id,
                             @Valid @RequestBody(required = false) OrderCancellationRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new CancelOrderCommand(id.value(), body == null ? null : body.reason(),
                caller.customerScope()));
    }

    @PostMapping("/{id}/lines/{lineId}/cancellation")
    @RequiresPermission("orders:cancel")
    @Operation(summary = "Cancel one line: its reservations are released and its backorder cancelled")
    public IdResponse cancelLine(@PathVariable OrderId id, @PathVariable OrderLineId lineId,
                                 @Valid @RequestBody(required = false) OrderCancellationRequest body,
                                 @Parameter(hidden = true) Caller caller) {
        return sender.send(new CancelOrderLineCommand(id.value(), lineId.value(),
                body == null ? null : body.reason(), caller.customerScope()));
    }
}
