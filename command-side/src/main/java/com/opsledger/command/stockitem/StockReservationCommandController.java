package com.opsledger.command.stockitem;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.command.web.IfMatch;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReservationId;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.StockItemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** The reservations of a stock item: made, released, issued. */
@RestController
@RequestMapping(StockItemCommandController.PATH)
@Tag(name = "Stock items")
public record StockReservationCommandController(CommandSender sender) {

    public record ReservationRequest(@NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                     @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                     BigDecimal quantity,
                                     @NotBlank @Size(max = 200) String reference) {
    }

    @RequiresPermission("stock-items:reserve")
    @PostMapping("/{id}/reservations")
    @Operation(summary = "Reserve available stock for a reference such as an order line; answers the reservation id")
    public IdResponse reserve(@PathVariable StockItemId id, @Valid @RequestBody ReservationRequest body,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String reservationId = Ids.newId();
        sender.send(new ReserveStockCommand(id.value(), reservationId, body.quantity(), body.reference(),
                IfMatch.expectedVersion(ifMatch)));
        return IdResponse.created(StockItemCommandController.PATH + "/" + id.value() + "/reservations", reservationId);
    }

    @RequiresPermission("stock-items:release")
    @PostMapping("/{id}/reservations/{reservationId}/release")
    @Operation(summary = "Release a reservation: its stock becomes available again")
    public IdResponse release(@PathVariable StockItemId id, @PathVariable ReservationId reservationId,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sender.send(new ReleaseReservationCommand(id.value(), reservationId.value(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @RequiresPermission("stock-items:issue")
    @PostMapping("/{id}/reservations/{reservationId}/issue")
    @Operation(summary = "Issue a reservation: its stock leaves the warehouse, first expiry first out")
    public IdResponse issue(@PathVariable StockItemId id, @PathVariable ReservationId reservationId,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return sender.send(new IssueReservationCommand(id.value(), reservationId.value(),
                IfMatch.expectedVersion(ifMatch)));
    }
}
