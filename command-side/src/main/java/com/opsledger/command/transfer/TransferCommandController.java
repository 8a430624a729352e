package com.opsledger.command.transfer;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.transfer.CancelTransferCommand;
import com.opsledger.kernel.transfer.DispatchTransferCommand;
import com.opsledger.kernel.transfer.ReceiveTransferCommand;
import com.opsledger.kernel.transfer.RecordTransferDiscrepancyCommand;
import com.opsledger.kernel.transfer.RequestTransferCommand;
import com.opsledger.kernel.transfer.TransferId;
import com.opsledger.kernel.transfer.TransferLineSpec;
import com.opsledger.kernel.transfer.TransferReceiptLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(TransferCommandController.PATH)
@Tag(name = "Transfers")
public record TransferCommandController(CommandSender sender, TransferNumbers numbers) {

    static final String PATH = "/api/v1/transfers";

    public record LineRequest(@NotBlank String productId, @NotNull @DecimalMin(Quantity.MIN)
                              @DecimalMax(Quantity.MAX) @Digits(integer = Quantity.DIGITS,
                              fraction = Quantity.MAX_SCALE) BigDecimal quantity, @Size(max = 64) String batch) {
    }

    public record TransferRequest(@NotBlank String fromWarehouseId, @NotBlank String toWarehouseId,
                                  @NotEmpty @Size(max = 200) List<@Valid @NotNull LineRequest> lines,
                                  @Size(max = 500) String reason, LocalDate expectedDate) {
    }

    public record ReceiptLineRequest(@NotBlank @Size(max = 10) String lineId, @NotNull @DecimalMin(Quantity.MIN)
                                     @DecimalMax(Quantity.MAX) @Digits(integer = Quantity.DIGITS,
                                     fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                                     @Size(max = 64) String batch) {
    }

    public record ReceiptRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiptLineRequest> lines) {
    }

    public record DiscrepancyRequest(@Size(max = 500) String note) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("transfers:create")
    @Operation(summary = "Request a transfer of stock from one warehouse to another; every line is reserved at the "
            + "source or the request is refused (422 naming the line short of stock); it gets the next number "
            + "(TR-000123)")
    public IdResponse request(@Valid @RequestBody TransferRequest body) {
        String id = sender.dispatch(new RequestTransferCommand(Ids.newId(), numbers.next(),
                Ids.requireValid("fromWarehouseId", body.fromWarehouseId()),
                Ids.requireValid("toWarehouseId", body.toWarehouseId()), body.lines().stream()
                .map(l -> new TransferLineSpec(l.productId(), l.quantity(), l.batch())).toList(), body.reason(),
                body.expectedDate()));
        return IdResponse.created(PATH, id);
    }

    @PostMapping("/{id}/dispatch")
    @RequiresPermission("transfers:dispatch")
    @Operation(summary = "Dispatch a requested transfer: its reservations leave the source (first expiry first out "
            + "unless a line names a batch) and the goods are in transit")
    public IdResponse dispatch(@PathVariable TransferId id) {
        return sender.send(new DispatchTransferCommand(id.value()));
    }

    @PostMapping("/{id}/receipts")
    @RequiresPermission("transfers:receive")
    @Operation(summary = "Receive transferred goods at the destination, partly or wholly, in the batches they left "
            + "in; the stock is an arrival for the backorders waiting there")
    public IdResponse receive(@PathVariable TransferId id, @Valid @RequestBody ReceiptRequest body) {
        return sender.send(new ReceiveTransferCommand(id.value(), Ids.newId(), body.lines().stream()
                .map(l -> new TransferReceiptLine(l.lineId(), l.quantity(), l.batch())).toList()));
    }

    @PostMapping("/{id}/discrepancy")
    @RequiresPermission("transfers:receive")
    @Operation(summary = "Close a transfer whose goods did not all arrive: what is still on the way is recorded as a "
            + "loss of the transfer (reason transfer-loss)")
    public IdResponse discrepancy(@PathVariable TransferId id, @Valid @RequestBody(required = false)
                                  DiscrepancyRequest body) {
        return sender.send(new RecordTransferDiscrepancyCommand(id.value(), body == null ? null : body.note()));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("transfers:cancel")
    @Operation(summary = "Cancel a transfer before dispatch, with a reason: its reservations are released")
    public IdResponse cancel(@PathVariable TransferId id, @Valid @RequestBody CancellationRequest body) {
        return sender.send(new CancelTransferCommand(id.value(), body.reason()));
    }
}
