package com.opsledger.command.purchaseorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.AddPurchaseOrderLineCommand;
import com.opsledger.kernel.purchaseorder.CancelPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ClosePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.SendPurchaseOrderCommand;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(PurchaseOrderCommandController.PATH)
@Tag(name = "Purchase orders")
public record PurchaseOrderCommandController(CommandSender sender, PurchaseOrderNumbers numbers) {

    static final String PATH = "/api/v1/purchase-orders";

    public record LineRequest(@NotBlank String productId, @NotNull @DecimalMin(Quantity.MIN) @DecimalMax(Quantity.MAX)
                              @Digits(integer = Quantity.DIGITS, fraction = Quantity.MAX_SCALE) BigDecimal quantity,
                              @NotNull @DecimalMin("0") @DecimalMax(Money.MAX)
                              @Digits(integer = Money.DIGITS, fraction = Money.MAX_SCALE) BigDecimal unitPrice) {
    }

    public record CreatePurchaseOrderRequest(@NotBlank String supplierId, @NotBlank String warehouseId,
                                             @NotBlank String currency, @Valid @Size(max = 200) List<LineRequest> lines,
                                             LocalDate expectedDate, BigDecimal taxRate, BigDecimal discountRate) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Draft a purchase order to an active supplier for one warehouse; it gets the next number "
            + "(PO-000123)")
    public IdResponse create(@Valid @RequestBody CreatePurchaseOrderRequest body) {
        List<PurchaseOrderLineSpec> lines = body.lines() == null ? List.of() : body.lines().stream()
                .map(l -> new PurchaseOrderLineSpec(l.productId(), l.quantity(), l.unitPrice())).toList();
        return sender.create(PATH, new CreatePurchaseOrderCommand(Ids.newId(),
                Ids.requireValid("supplierId", body.supplierId()), Ids.requireValid("warehouseId", body.warehouseId()),
                body.currency(), lines, body.expectedDate(), body.taxRate(), body.discountRate(), "manual",
                numbers.next()));
    }

    @PostMapping("/{id}/lines")
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Add a line to a draft purchase order")
    public IdResponse addLine(@PathVariable PurchaseOrderId id, @Valid @RequestBody LineRequest body) {
        return sender.send(new AddPurchaseOrderLineCommand(id.value(), body.productId(), body.quantity(),
                body.unitPrice()));
    }

    @PostMapping("/{id}/sending")
    @RequiresPermission("purchase-orders:send")
    @Operation(summary = "Send an approved purchase order to the supplier")
    public IdResponse send(@PathVariable PurchaseOrderId id) {
        return sender.send(new SendPurchaseOrderCommand(id.value()));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("purchase-orders:cancel")
    @Operation(summary = "Cancel a purchase order with a reason, at any point until it is fully received")
    public IdResponse cancel(@PathVariable PurchaseOrderId id, @Valid @RequestBody CancellationRequest body) {
        return sender.send(new CancelPurchaseOrderCommand(id.value(), body.reason()));
    }

    @PostMapping("/{id}/closure")
    @RequiresPermission("purchase-orders:close")
    @Operation(summary = "Close a fully received purchase order")
    public IdResponse close(@PathVariable PurchaseOrderId id) {
        return sender.send(new ClosePurchaseOrderCommand(id.value()));
    }

}
