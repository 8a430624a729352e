package com.opsledger.command.stockitem;

import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.Created;
import com.opsledger.command.web.IdResponse;
import com.opsledger.command.web.IfMatch;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.stockitem.AdjustStockCommand;
import com.opsledger.kernel.stockitem.IssueReservationCommand;
import com.opsledger.kernel.stockitem.OpenStockItemCommand;
import com.opsledger.kernel.stockitem.ReceiveStockCommand;
import com.opsledger.kernel.stockitem.ReleaseReservationCommand;
import com.opsledger.kernel.stockitem.ReserveStockCommand;
import com.opsledger.kernel.stockitem.WriteOffStockCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

@RestController
@RequestMapping(StockItemCommandController.PATH)
@Tag(name = "Stock items")
public class StockItemCommandController {

    static final String PATH = "/api/v1/stock-items";

    private final CommandSender sender;

    public StockItemCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record OpenStockItemRequest(@NotBlank String productId, @NotBlank String warehouseId) {
    }

    public record ReceiptRequest(@NotNull BigDecimal quantity, @Size(max = 64) String batch, LocalDate expiryDate) {
    }

    public record ReservationRequest(@NotNull BigDecimal quantity, @NotBlank @Size(max = 200) String reference) {
    }

    public record AdjustmentRequest(@NotNull BigDecimal quantity, @NotBlank @Size(max = 500) String reason,
                                    @Size(max = 64) String batch) {
    }

    public record WriteOffRequest(@NotNull BigDecimal quantity, @NotBlank @Size(max = 500) String reason,
                                  @Size(max = 64) String batch) {
    }

    @RequiresPermission("stock-items:create")
    @PostMapping
    @Operation(summary = "Open the stock item of a product in a warehouse (one per pair; 409 for a second)")
    public ResponseEntity<IdResponse> open(@Valid @RequestBody OpenStockItemRequest body, HttpServletRequest request,
                                           HttpServletResponse response) {
        String id = Ids.newId();
        sender.send(new OpenStockItemCommand(id, Ids.requireValid("productId", body.productId()),
                Ids.requireValid("warehouseId", body.warehouseId())), id, request, response);
        return Created.at(PATH, id);
    }

    @RequiresPermission("stock-items:receive")
    @PostMapping("/{id}/receipts")
    @Operation(summary = "Receive stock, optionally into a batch with an expiry date")
    public IdResponse receive(@PathVariable String id, @Valid @RequestBody ReceiptRequest body,
                              @Parameter(description = "version last seen; 409 when the stock item moved since")
                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                              HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        sender.send(new ReceiveStockCommand(stockItemId, body.quantity(), blankToNull(body.batch()),
                body.expiryDate(), IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return new IdResponse(stockItemId);
    }

    @RequiresPermission("stock-items:reserve")
    @PostMapping("/{id}/reservations")
    @Operation(summary = "Reserve available stock for a reference such as an order line; answers the reservation id")
    public ResponseEntity<IdResponse> reserve(@PathVariable String id, @Valid @RequestBody ReservationRequest body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        String reservationId = Ids.newId();
        sender.send(new ReserveStockCommand(stockItemId, reservationId, body.quantity(), body.reference(),
                IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return Created.at(PATH + "/" + stockItemId + "/reservations", reservationId);
    }

    @RequiresPermission("stock-items:release")
    @PostMapping("/{id}/reservations/{reservationId}/release")
    @Operation(summary = "Release a reservation: its stock becomes available again")
    public IdResponse release(@PathVariable String id, @PathVariable String reservationId,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                              HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        sender.send(new ReleaseReservationCommand(stockItemId, Ids.requireValid("reservationId", reservationId),
                IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return new IdResponse(stockItemId);
    }

    @RequiresPermission("stock-items:issue")
    @PostMapping("/{id}/reservations/{reservationId}/issue")
    @Operation(summary = "Issue a reservation: its stock leaves the warehouse, first expiry first out")
    public IdResponse issue(@PathVariable String id, @PathVariable String reservationId,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        sender.send(new IssueReservationCommand(stockItemId, Ids.requireValid("reservationId", reservationId),
                IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return new IdResponse(stockItemId);
    }

    @RequiresPermission("stock-items:adjust")
    @PostMapping("/{id}/adjustments")
    @Operation(summary = "Correct on-hand stock by a signed quantity, with a reason")
    public IdResponse adjust(@PathVariable String id, @Valid @RequestBody AdjustmentRequest body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        sender.send(new AdjustStockCommand(stockItemId, body.quantity(), body.reason(), blankToNull(body.batch()),
                IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return new IdResponse(stockItemId);
    }

    @RequiresPermission("stock-items:write-off")
    @PostMapping("/{id}/write-offs")
    @Operation(summary = "Write stock off as waste, with a reason and optionally from a named batch")
    public IdResponse writeOff(@PathVariable String id, @Valid @RequestBody WriteOffRequest body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               HttpServletRequest request, HttpServletResponse response) {
        String stockItemId = Ids.requireValid("id", id);
        sender.send(new WriteOffStockCommand(stockItemId, body.quantity(), body.reason(), blankToNull(body.batch()),
                IfMatch.expectedVersion(ifMatch)), stockItemId, request, response);
        return new IdResponse(stockItemId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
