package com.opsledger.command.purchaseorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.Created;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.purchaseorder.AddPurchaseOrderLineCommand;
import com.opsledger.kernel.purchaseorder.ApprovePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CancelPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ClosePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ConfirmPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.LineConfirmation;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.ReceiptLineSpec;
import com.opsledger.kernel.purchaseorder.ReceivePurchaseOrderGoodsCommand;
import com.opsledger.kernel.purchaseorder.RejectPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SendPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SubmitPurchaseOrderCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@RestController
@RequestMapping(PurchaseOrderCommandController.PATH)
@Tag(name = "Purchase orders")
public class PurchaseOrderCommandController {

    static final String PATH = "/api/v1/purchase-orders";

    private final CommandSender sender;
    private final PurchaseOrderNumbers numbers;

    public PurchaseOrderCommandController(CommandSender sender, PurchaseOrderNumbers numbers) {
        this.sender = sender;
        this.numbers = numbers;
    }

    public record LineRequest(@NotBlank String productId, @NotNull BigDecimal quantity, @NotNull BigDecimal unitPrice) {
    }

    public record CreatePurchaseOrderRequest(@NotBlank String supplierId, @NotBlank String warehouseId,
                                             @NotBlank String currency, @Valid @Size(max = 200) List<LineRequest> lines,
                                             LocalDate expectedDate, BigDecimal taxRate, BigDecimal discountRate) {
    }

    public record ApprovalRequest(@Size(max = 100) String approvedBy) {
    }

    public record RejectionRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 100) String rejectedBy) {
    }

    public record ConfirmationLineRequest(@NotBlank String lineId, @NotNull BigDecimal quantity,
                                          @NotNull LocalDate expectedDate) {
    }

    public record ConfirmationRequest(@NotEmpty @Valid List<ConfirmationLineRequest> lines) {
    }

    public record ReceiptLineRequest(@NotBlank String lineId, @NotNull BigDecimal quantity,
                                     @Size(max = 64) String batch, LocalDate expiryDate,
                                     @Size(max = 32) String qualityGrade) {
    }

    public record ReceiptRequest(@NotEmpty @Valid @Size(max = 200) List<ReceiptLineRequest> lines) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Draft a purchase order to an active supplier for one warehouse; it gets the next number "
            + "(PO-000123)")
    public ResponseEntity<IdResponse> create(@Valid @RequestBody CreatePurchaseOrderRequest body,
                                             HttpServletRequest request, HttpServletResponse response) {
        String id = Ids.newId();
        List<PurchaseOrderLineSpec> lines = body.lines() == null ? List.of() : body.lines().stream()
                .map(l -> new PurchaseOrderLineSpec(l.productId(), l.quantity(), l.unitPrice())).toList();
        sender.send(new CreatePurchaseOrderCommand(id, Ids.requireValid("supplierId", body.supplierId()),
                Ids.requireValid("warehouseId", body.warehouseId()), body.currency(), lines, body.expectedDate(),
                body.taxRate(), body.discountRate(), "manual", numbers.next()), id, request, response);
        return Created.at(PATH, id);
    }

    @PostMapping("/{id}/lines")
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Add a line to a draft purchase order")
    public IdResponse addLine(@PathVariable String id, @Valid @RequestBody LineRequest body,
                              HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new AddPurchaseOrderLineCommand(purchaseOrderId, body.productId(), body.quantity(),
                body.unitPrice()), purchaseOrderId, request, response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/submission")
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Submit a draft for approval; below the first approval threshold it is approved at once")
    public IdResponse submit(@PathVariable String id, @Parameter(hidden = true) Caller caller,
                             HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new SubmitPurchaseOrderCommand(purchaseOrderId, caller.username()), purchaseOrderId, request,
                response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/approval")
    @RequiresPermission("purchase-orders:approve")
    @Operation(summary = "Approve a submitted purchase order: a manager up to the second threshold, an admin above "
            + "it (422 otherwise); the approver is recorded")
    public IdResponse approve(@PathVariable String id, @Valid @RequestBody(required = false) ApprovalRequest body,
                              @Parameter(hidden = true) Caller caller, HttpServletRequest request,
                              HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new ApprovePurchaseOrderCommand(purchaseOrderId,
                actor(caller, body == null ? null : body.approvedBy()), ApproverLevels.of(caller)), purchaseOrderId,
                request, response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/rejection")
    @RequiresPermission("purchase-orders:approve")
    @Operation(summary = "Reject a submitted purchase order with a reason")
    public IdResponse reject(@PathVariable String id, @Valid @RequestBody RejectionRequest body,
                             @Parameter(hidden = true) Caller caller,
                             HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new RejectPurchaseOrderCommand(purchaseOrderId, actor(caller, body.rejectedBy()),
                ApproverLevels.of(caller), body.reason()), purchaseOrderId, request, response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/sending")
    @RequiresPermission("purchase-orders:send")
    @Operation(summary = "Send an approved purchase order to the supplier")
    public IdResponse send(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new SendPurchaseOrderCommand(purchaseOrderId), purchaseOrderId, request, response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/confirmation")
    @RequiresPermission("purchase-orders:confirm")
    @Operation(summary = "The supplier confirms a sent order with a quantity and expected date per line; confirming "
            + "again moves the dates")
    public IdResponse confirm(@PathVariable String id, @Valid @RequestBody ConfirmationRequest body,
                              @Parameter(hidden = true) Caller caller,
                              HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        List<LineConfirmation> lines = body.lines().stream()
                .map(l -> new LineConfirmation(l.lineId(), l.quantity(), l.expectedDate())).toList();
        sender.send(new ConfirmPurchaseOrderCommand(purchaseOrderId, lines, caller.username(),
                caller.actsForSupplier() ? caller.supplierId() : null), purchaseOrderId, request, response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/receipts")
    @RequiresPermission("purchase-orders:receive")
    @Operation(summary = "Receive one delivery: quantity, batch, expiry and quality grade per line; beyond the "
            + "over-receipt tolerance it is refused (422). The goods go on stock in the order's warehouse.")
    public ResponseEntity<IdResponse> receive(@PathVariable String id, @Valid @RequestBody ReceiptRequest body,
                                              HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        String receiptId = Ids.newId();
        List<ReceiptLineSpec> lines = body.lines().stream().map(l -> new ReceiptLineSpec(l.lineId(), l.quantity(),
                l.batch(), l.expiryDate(), l.qualityGrade())).toList();
        sender.send(new ReceivePurchaseOrderGoodsCommand(purchaseOrderId, receiptId, lines,
                LocalDate.now(ZoneOffset.UTC)), purchaseOrderId, request, response);
        return ResponseEntity.created(URI.create(PATH + "/" + purchaseOrderId)).body(new IdResponse(receiptId));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("purchase-orders:cancel")
    @Operation(summary = "Cancel a purchase order with a reason, at any point until it is fully received")
    public IdResponse cancel(@PathVariable String id, @Valid @RequestBody CancellationRequest body,
                             HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new CancelPurchaseOrderCommand(purchaseOrderId, body.reason()), purchaseOrderId, request,
                response);
        return new IdResponse(purchaseOrderId);
    }

    @PostMapping("/{id}/closure")
    @RequiresPermission("purchase-orders:close")
    @Operation(summary = "Close a fully received purchase order")
    public IdResponse close(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        String purchaseOrderId = Ids.requireValid("id", id);
        sender.send(new ClosePurchaseOrderCommand(purchaseOrderId), purchaseOrderId, request, response);
        return new IdResponse(purchaseOrderId);
    }

    /** The signed-in user; only the application itself (no sign-in) may name the person acting in the request. */
    private static String actor(Caller caller, String named) {
        if (Caller.SYSTEM.equals(caller.userId()) && named != null && !named.isBlank()) {
            return named.strip();
        }
        if (caller.username() == null) {
            throw new InvalidValueException("caller", "is unknown");
        }
        return caller.username();
    }
}
