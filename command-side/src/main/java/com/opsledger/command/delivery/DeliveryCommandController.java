package com.opsledger.command.delivery;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.delivery.CancelDeliveryCommand;
import com.opsledger.kernel.delivery.CreateDeliveryCommand;
import com.opsledger.kernel.delivery.DeliveryId;
import com.opsledger.kernel.delivery.DispatchDeliveryCommand;
import com.opsledger.kernel.delivery.NewDeliveryLine;
import com.opsledger.kernel.delivery.OverrideProofLockCommand;
import com.opsledger.kernel.delivery.ProofOutcome;
import com.opsledger.kernel.delivery.RecordDeliveryFailureCommand;
import com.opsledger.kernel.delivery.RecordProofOfDeliveryCommand;
import com.opsledger.kernel.delivery.ReturnDeliveryCommand;
import com.opsledger.kernel.delivery.TimeSlot;
import com.opsledger.kernel.files.StoredFiles;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** Deliveries: planned for an order, sent off, delivered with a proof or failed and returned, or cancelled. */
@RestController
@RequestMapping(DeliveryCommandController.PATH)
@Tag(name = "Deliveries")
public record DeliveryCommandController(CommandSender sender, DeliveryNumbers numbers, StoredFiles files) {

    static final String PATH = "/api/v1/deliveries";

    public record DeliveryRequest(@NotBlank String orderId, @Size(max = DeliveryPlan.MAX_LINES)
                                  List<NewDeliveryLine> lines, TimeSlot timeSlot, @Size(max = 1000) String instructions) {
    }

    public record ReasonRequest(@Size(max = 500) String reason) {
    }

    public record FailureRequest(@NotBlank String reason, @Size(max = 500) String note) {
    }

    public record ReturnRequest(String disposition, @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("deliveries:create")
    @Operation(summary = "Plan a delivery of an order's reserved goods (every ready line when lines is left out)")
    public IdResponse create(@Valid @RequestBody DeliveryRequest body) {
        return sender.create(PATH, new CreateDeliveryCommand(Ids.newId(), numbers.next(), body.orderId(), body.lines(),
                body.timeSlot(), body.instructions(), false));
    }

    @PostMapping("/{id}/dispatch")
    @RequiresPermission("deliveries:dispatch")
    @Operation(summary = "The goods leave the warehouse: reservations are issued, the customer gets their code")
    public IdResponse dispatch(@PathVariable DeliveryId id, @Parameter(hidden = true) Caller caller) {
        return sender.send(new DispatchDeliveryCommand(id.value(), caller.scope().driverFilter()));
    }

    @PostMapping("/{id}/proof")
    @RequiresPermission("deliveries:update")
    @Operation(summary = "Proof of delivery: who received it, the customer's code, a PNG signature, a JPEG/PNG photo "
            + "(each at most 5 MB); 5 wrong codes lock it until a manager overrides")
    public IdResponse proof(@PathVariable DeliveryId id, @RequestPart(required = false) String code,
                            @RequestPart String receivedBy, @RequestPart(required = false) MultipartFile signature,
                            @RequestPart(required = false) MultipartFile photo, @Parameter(hidden = true) Caller caller) {
        ProofOutcome outcome = sender.dispatch(new RecordProofOfDeliveryCommand(id.value(), code, receivedBy,
                ProofFiles.keep(files, "signature", ProofUploads.bytes(signature), ProofFiles.signatureTypes()),
                ProofFiles.keep(files, "photo", ProofUploads.bytes(photo), ProofFiles.photoTypes()),
                caller.scope().driverFilter()));
        if (!outcome.accepted()) {
            throw new BusinessRuleViolationException(outcome.attemptsLeft() == 0 ? "proof-locked" : "proof-code-wrong",
                    "code", "the code is wrong; " + (outcome.attemptsLeft() == 0 ? "the proof is now locked until "
                    + "a manager overrides it" : outcome.attemptsLeft() + " attempts left"));
        }
        return new IdResponse(id.value());
    }

    @PostMapping("/{id}/proof-override")
    @RequiresPermission("deliveries:override")
    @Operation(summary = "A manager lets a proof locked by wrong codes go ahead without the code, saying why")
    public IdResponse override(@PathVariable DeliveryId id, @Valid @RequestBody ReasonRequest body) {
        return sender.send(new OverrideProofLockCommand(id.value(), body.reason()));
    }

    @PostMapping("/{id}/failure")
    @RequiresPermission("deliveries:update")
    @Operation(summary = "The goods could not be handed over: customer-absent, refused, address-not-found, damaged "
            + "or other")
    public IdResponse fail(@PathVariable DeliveryId id, @Valid @RequestBody FailureRequest body,
                           @Parameter(hidden = true) Caller caller) {
        return sender.send(new RecordDeliveryFailureCommand(id.value(), body.reason(), body.note(),
                caller.scope().driverFilter()));
    }

    @PostMapping("/{id}/return")
    @RequiresPermission("deliveries:return")
    @Operation(summary = "A failed delivery's goods come back: to stock (restock, the default) or written off "
            + "(write-off, with a reason); the order lines are open again")
    public IdResponse giveBack(@PathVariable DeliveryId id, @Valid @RequestBody(required = false) ReturnRequest body) {
        return sender.send(new ReturnDeliveryCommand(id.value(), body == null ? null : body.disposition(),
                body == null ? null : body.reason()));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("deliveries:cancel")
    @Operation(summary = "Cancel a delivery before it leaves: its goods stay reserved for the order")
    public IdResponse cancel(@PathVariable DeliveryId id, @Valid @RequestBody(required = false) ReasonRequest body) {
        return sender.send(new CancelDeliveryCommand(id.value(), body == null ? null : body.reason()));
    }
}
