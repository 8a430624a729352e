package com.opsledger.command.backorder;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.backorder.BackorderId;
import com.opsledger.kernel.backorder.CancelBackorderCommand;
import com.opsledger.kernel.backorder.ChangeBackorderPriorityCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/backorders")
@Tag(name = "Backorders")
public record BackorderCommandController(CommandSender sender) {

    public record PriorityRequest(@NotNull Integer priority, @NotBlank @Size(max = 500) String reason) {
    }

    public record BackorderCancellationRequest(@Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/priority")
    @RequiresPermission("backorders:prioritize")
    @Operation(summary = "Override a backorder's priority (0-1000, higher first) with a reason")
    public IdResponse prioritize(@PathVariable BackorderId id, @Valid @RequestBody PriorityRequest body) {
        return sender.send(new ChangeBackorderPriorityCommand(id.value(), body.priority(), body.reason()));
    }

    @PostMapping("/{id}/cancellation")
    @RequiresPermission("backorders:cancel")
    @Operation(summary = "Cancel a backorder: what it still awaits is cancelled on its order line")
    public IdResponse cancel(@PathVariable BackorderId id,
                             @Valid @RequestBody(required = false) BackorderCancellationRequest body,
                             @Parameter(hidden = true) Caller caller) {
        return sender.send(new CancelBackorderCommand(id.value(), body == null ? null : body.reason(),
                caller.customerScope()));
    }
}
