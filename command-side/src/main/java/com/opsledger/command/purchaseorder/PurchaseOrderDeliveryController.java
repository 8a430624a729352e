package com.opsledger.command.purchaseorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ConfirmPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.LineConfirmation;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
import com.opsledger.kernel.purchaseorder.ReceiptLineSpec;
import com.opsledger.kernel.purchaseorder.ReceivePurchaseOrderGoodsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import java.time.ZoneOffset;
import java.util.List;

/** The supplier's confirmation of a purchase order, and the receipt of its goods. */
@RestController
@RequestMapping(PurchaseOrderCommandController.PATH)
@Tag(name = "Purchase orders")
public record PurchaseOrderDeliveryController(CommandSender sender) {

    public record ConfirmationLineRequest(@NotBlank String lineId,
                                          @NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                          @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                          BigDecimal quantity,
                                          @NotNull LocalDate expectedDate) {
    }

    public record ConfirmationRequest(@NotEmpty @Valid List<ConfirmationLineRequest> lines) {
    }

    public record ReceiptLineRequest(@NotBlank String lineId,
                                     @NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                                     @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE)
                                     BigDecimal quantity,
                                     @Size(max = 64) String batch, LocalDate expiryDate,
                                     @Size(max = 32) String qualityGrade) {
    }

    public record ReceiptRequest(@NotEmpty @Valid @Size(max = 200) List<ReceiptLineRequest> lines) {
    }

    @PostMapping("/{id}/confirmation")
    @RequiresPermission("purchase-orders:confirm")
    @Operation(summary = "The supplier confirms a sent order with a quantity and expected date per line; confirming "
            + "again moves the dates")
    public IdResponse confirm(@PathVariable PurchaseOrderId id, @Valid @RequestBody ConfirmationRequest body,
                              @Parameter(hidden = true) Caller caller) {
        List<LineConfirmation> lines = body.lines().stream()
                .map(l -> new LineConfirmation(l.lineId(), l.quantity(), l.expectedDate())).toList();
        return sender.send(new ConfirmPurchaseOrderCommand(id.value(), lines, caller.username(),
                caller.supplierScope()));
    }

    @PostMapping("/{id}/receipts")
    @RequiresPermission("purchase-orders:receive")
    @Operation(summary = "Receive one delivery: quantity, batch, expiry and quality grade per line; beyond the "
            + "over-receipt tolerance it is refused (422). The goods go on stock in the order's warehouse.")
    public IdResponse receive(@PathVariable PurchaseOrderId id, @Valid @RequestBody ReceiptRequest body) {
        String receiptId = Ids.newId();
        List<ReceiptLineSpec> lines = body.lines().stream().map(l -> new ReceiptLineSpec(l.lineId(), l.quantity(),
                l.batch(), l.expiryDate(), l.qualityGrade())).toList();
        sender.send(new ReceivePurchaseOrderGoodsCommand(id.value(), receiptId, lines, LocalDate.now(ZoneOffset.UTC)));
        // the receipt has no resource of its own: it is found on its purchase order
        return new IdResponse(receiptId, PurchaseOrderCommandController.PATH + "/" + id.value());
    }
}
