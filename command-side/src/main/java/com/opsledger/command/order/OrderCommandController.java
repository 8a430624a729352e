package com.opsledger.command.order;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.Created;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.order.CancelOrderCommand;
import com.opsledger.kernel.order.CancelOrderLineCommand;
import com.opsledger.kernel.order.NewOrderLine;
import com.opsledger.kernel.order.PlaceOrderCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
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
public class OrderCommandController {

    static final String PATH = "/api/v1/orders";

    private final CommandSender sender;

    public OrderCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record OrderRequest(@NotBlank String customerId, @NotBlank String warehouseId,
                               @NotEmpty @Size(max = CustomerOrder.MAX_LINES) List<NewOrderLine> lines,
                               Address deliveryAddress, LocalDate requestedDate) {
    }

    public record OrderCancellationRequest(@Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("orders:create")
    @Operation(summary = "Place an order; each line's stock is reserved as far as available and the rest backordered "
            + "(follow it on GET /api/v1/orders/{id})")
    public ResponseEntity<IdResponse> place(@Valid @RequestBody OrderRequest body,
                                            @Parameter(hidden = true) Caller caller,
                                            HttpServletRequest request, HttpServletResponse response) {
        String id = Ids.newId();
        sender.send(new PlaceOrderCommand(id, body.customerId(), body.warehouseId(), body.lines(),
                body.deliveryAddress(), body.requestedDate(), scope(caller)), id, request, response);
        return Created.at(PATH, id);
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("orders:cancel")
    @Operation(summary = "Cancel every open line of an order: reservations are released, backorders cancelled")
    public IdResponse cancel(@PathVariable String id, @Valid @RequestBody(required = false) OrderCancellationRequest body,

                             @Parameter(hidden = true) Caller caller, HttpServletRequest request, HttpServletResponse response) {
        String orderId = Ids.requireValid("id", id);
        sender.send(new CancelOrderCommand(orderId, body == null ? null : body.reason(), scope(caller)), orderId,
                request, response);
        return new IdResponse(orderId);
    }

    @PostMapping("/{id}/lines/{lineId}/cancellation")
    @RequiresPermission("orders:cancel")
    @Operation(summary = "Cancel one line: its reservations are released and its backorder cancelled")
    public IdResponse cancelLine(@PathVariable String id, @PathVariable String lineId,
                                 @Valid @RequestBody(required = false) OrderCancellationRequest body,
                                 @Parameter(hidden = true) Caller caller,
                                 HttpServletRequest request, HttpServletResponse response) {
        String orderId = Ids.requireValid("id", id);
        sender.send(new CancelOrderLineCommand(orderId, Ids.requireValid("lineId", lineId),
                body == null ? null : body.reason(), scope(caller)), orderId, request, response);
        return new IdResponse(orderId);
    }

    private static String scope(Caller caller) {
        return caller.actsForCustomer() ? caller.customerId() : null;
    }
}
