package com.opsledger.command.useraccount;

import com.opsledger.kernel.access.PortalRoles;
import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.AssignRolesCommand;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.EndSessionCommand;
import com.opsledger.kernel.useraccount.ResetPasswordCommand;
import com.opsledger.kernel.useraccount.ResetSecondFactorCommand;
import com.opsledger.kernel.useraccount.SessionId;
import com.opsledger.kernel.useraccount.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@RequestMapping(UserAdminCommandController.PATH)
@Tag(name = "Administration: users")
public record UserAdminCommandController(CommandSender sender) {

    static final String PATH = "/api/v1/admin/users";

    public record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 254) String email,
                                    @NotBlank @Size(max = 200) String displayName,
                                    @NotBlank @Size(max = 72) String password, @NotEmpty Set<String> roles,
                                    String customerId, String supplierId, String driverId) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "CreateUserRequest[username=" + username + ", secrets hidden]";
        }
    }

    public record RolesRequest(@NotEmpty Set<String> roles) {
    }

    public record PasswordResetRequest(@NotBlank @Size(max = 72) String newPassword) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "PasswordResetRequest[secrets hidden]";
        }
    }

    @RequiresPermission("users:create")
    @PostMapping
    @Operation(summary = "Create a user with roles; portal users name the customer or supplier they belong to")
    public IdResponse create(@Valid @RequestBody CreateUserRequest body) {
        String id = Ids.newId();
        String driverId = body.driverId() == null && body.roles().contains(PortalRoles.DELIVERY_DRIVER) ? id : body.driverId();
        return sender.create(PATH, new CreateUserCommand(id, body.username(), body.email(), body.displayName(),
                body.password(), body.roles(), optionalId("customerId", body.customerId()),
                optionalId("supplierId", body.supplierId()), optionalId("driverId", driverId)));
    }

    @RequiresPermission("users:update")
    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the roles of a user; takes effect on their next request")
    public IdResponse roles(@PathVariable UserId id, @Valid @RequestBody RolesRequest body) {
        return sender.send(new AssignRolesCommand(id.value(), body.roles()));
    }

    @RequiresPermission("users:reset-password")
    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Set a new password for a user (policy applies); their sessions end")
    public IdResponse resetPassword(@PathVariable UserId id, @Valid @RequestBody PasswordResetRequest body) {
        return sender.send(new ResetPasswordCommand(id.value(), body.newPassword()));
    }

    @RequiresPermission("users:reset-second-factor")
    @PostMapping("/{id}/second-factor-reset")
    @Operation(summary = "Remove a user's second factor and recovery codes (say, a lost phone): they sign in with "
            + "their password and may enrol again")
    public IdResponse resetSecondFactor(@PathVariable UserId id) {
        return sender.send(new ResetSecondFactorCommand(id.value()));
    }

    @RequiresPermission("sessions:revoke")
    @PostMapping("/{id}/sessions/{sessionId}/revocation")
    @Operation(summary = "End one session of a user: its access and refresh tokens stop working at once")
    public IdResponse revoke(@PathVariable UserId id, @PathVariable SessionId sessionId) {
        return sender.send(new EndSessionCommand(id.value(), sessionId.value(),
                "revoked-by-administrator"));
    }

    private static String optionalId(String field, String value) {
        return value == null ? null : Ids.requireValid(field, value);
    }
}
