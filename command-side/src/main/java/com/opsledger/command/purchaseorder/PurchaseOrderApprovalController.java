package com.opsledger.command.purchaseorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.purchaseorder.ApprovePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderId;
import com.opsledger.kernel.purchaseorder.RejectPurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.SubmitPurchaseOrderCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submitting a purchase order for approval, and the approver's decision. */
@RestController
@RequestMapping(PurchaseOrderCommandController.PATH)
@Tag(name = "Purchase orders")
public record PurchaseOrderApprovalController(CommandSender sender) {

    public record ApprovalRequest(@Size(max = 100) String approvedBy) {
    }

    public record RejectionRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 100) String rejectedBy) {
    }

    @PostMapping("/{id}/submission")
    @RequiresPermission("purchase-orders:create")
    @Operation(summary = "Submit a draft for approval; below the first approval threshold it is approved at once")
    public IdResponse submit(@PathVariable PurchaseOrderId id, @Parameter(hidden = true) Caller caller) {
        return sender.send(new SubmitPurchaseOrderCommand(id.value(), caller.username()));
    }

    @PostMapping("/{id}/approval")
    @RequiresPermission("purchase-orders:approve")
    @Operation(summary = "Approve a submitted purchase order (or one whose confirmation raised it above what was "
            + "approved): a manager up to the second threshold of its currency, an admin above it (422 otherwise); "
            + "with four eyes (the default) not the person who drafted it (403, rule four-eyes); the approver is "
            + "recorded")
    public IdResponse approve(@PathVariable PurchaseOrderId id,
                              @Valid @RequestBody(required = false) ApprovalRequest body,
                              @Parameter(hidden = true) Caller caller) {
        return sender.send(new ApprovePurchaseOrderCommand(id.value(),
                actor(caller, body == null ? null : body.approvedBy()), caller.userId(), ApproverLevels.of(caller)));
    }

    @PostMapping("/{id}/rejection")
    @RequiresPermission("purchase-orders:approve")
    @Operation(summary = "Reject a submitted purchase order with a reason")
    public IdResponse reject(@PathVariable PurchaseOrderId id, @Valid @RequestBody RejectionRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new RejectPurchaseOrderCommand(id.value(), actor(caller, body.rejectedBy()),
                ApproverLevels.of(caller), body.reason()));
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
