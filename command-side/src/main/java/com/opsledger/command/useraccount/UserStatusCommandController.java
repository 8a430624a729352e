package com.opsledger.command.useraccount;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.useraccount.DisableUserCommand;
import com.opsledger.kernel.useraccount.EnableUserCommand;
import com.opsledger.kernel.useraccount.UnlockUserCommand;
import com.opsledger.kernel.useraccount.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether a user can sign in: disabled, enabled again; their count of failed sign-ins set back to 0. */
@RestController
@RequestMapping(UserAdminCommandController.PATH)
@Tag(name = "Administration: users")
public record UserStatusCommandController(CommandSender sender) {

    public record DisableRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @RequiresPermission("users:disable")
    @PostMapping("/{id}/disablement")
    @Operation(summary = "Disable a user: their sessions end and their tokens stop working at once")
    public IdResponse disable(@PathVariable UserId id, @Valid @RequestBody DisableRequest body) {
        return sender.send(new DisableUserCommand(id.value(), body.reason()));
    }

    @RequiresPermission("users:disable")
    @PostMapping("/{id}/enablement")
    @Operation(summary = "Enable a disabled user again")
    public IdResponse enable(@PathVariable UserId id) {
        return sender.send(new EnableUserCommand(id.value()));
    }

    @RequiresPermission("users:unlock")
    @PostMapping("/{id}/unlocking")
    @Operation(summary = "Set the user's count of failed sign-ins in a row back to 0 (failed sign-ins slow further "
            + "ones down rather than lock the account)")
    public IdResponse unlock(@PathVariable UserId id) {
        return sender.send(new UnlockUserCommand(id.value()));
    }
}
