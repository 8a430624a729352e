package com.opsledger.command.useraccount;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.Created;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.AssignRolesCommand;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.DisableUserCommand;
import com.opsledger.kernel.useraccount.EnableUserCommand;
import com.opsledger.kernel.useraccount.EndSessionCommand;
import com.opsledger.kernel.useraccount.ResetPasswordCommand;
import com.opsledger.kernel.useraccount.UnlockUserCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
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
public class UserAdminCommandController {

    static final String PATH = "/api/v1/admin/users";

    private final CommandSender sender;

    public UserAdminCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 254) String email,
                                    @NotBlank @Size(max = 200) String displayName,
                                    @NotBlank @Size(max = 128) String password, @NotEmpty Set<String> roles,
                                    String customerId, String supplierId, String driverId) {
    }

    public record RolesRequest(@NotEmpty Set<String> roles) {
    }

    public record DisableRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record PasswordResetRequest(@NotBlank @Size(max = 128) String newPassword) {
    }

    @RequiresPermission("users:create")
    @PostMapping
    @Operation(summary = "Create a user with roles; portal users name the customer or supplier they belong to")
    public ResponseEntity<IdResponse> create(@Valid @RequestBody CreateUserRequest body, HttpServletRequest request,
                                             HttpServletResponse response) {
        String id = Ids.newId();
        String driverId = body.driverId() == null && body.roles().contains("delivery-driver") ? id : body.driverId();
        sender.send(new CreateUserCommand(id, body.username(), body.email(), body.displayName(), body.password(),
                body.roles(), optionalId("customerId", body.customerId()), optionalId("supplierId", body.supplierId()),
                optionalId("driverId", driverId)), id, request, response);
        return Created.at(PATH, id);
    }

    @RequiresPermission("users:update")
    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the roles of a user; takes effect on their next request")
    public IdResponse roles(@PathVariable String id, @Valid @RequestBody RolesRequest body, HttpServletRequest request,
                            HttpServletResponse response) {
        return send(new AssignRolesCommand(Ids.requireValid("id", id), body.roles()), id, request, response);
    }

    @RequiresPermission("users:disable")
    @PostMapping("/{id}/disablement")
    @Operation(summary = "Disable a user: their sessions end and their tokens stop working at once")
    public IdResponse disable(@PathVariable String id, @Valid @RequestBody DisableRequest body,
                              HttpServletRequest request, HttpServletResponse response) {
        return send(new DisableUserCommand(Ids.requireValid("id", id), body.reason()), id, request, response);
    }

    @RequiresPermission("users:disable")
    @PostMapping("/{id}/enablement")
    @Operation(summary = "Enable a disabled user again")
    public IdResponse enable(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        return send(new EnableUserCommand(Ids.requireValid("id", id)), id, request, response);
    }

    @RequiresPermission("users:unlock")
    @PostMapping("/{id}/unlocking")
    @Operation(summary = "Lift a lockout after failed sign-ins before it runs out")
    public IdResponse unlock(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        return send(new UnlockUserCommand(Ids.requireValid("id", id)), id, request, response);
    }

    @RequiresPermission("users:reset-password")
    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Set a new password for a user (policy applies); their sessions end")
    public IdResponse resetPassword(@PathVariable String id, @Valid @RequestBody PasswordResetRequest body,
                                    HttpServletRequest request, HttpServletResponse response) {
        return send(new ResetPasswordCommand(Ids.requireValid("id", id), body.newPassword()), id, request, response);
    }

    @RequiresPermission("sessions:revoke")
    @PostMapping("/{id}/sessions/{sessionId}/revocation")
    @Operation(summary = "End one session of a user: its access and refresh tokens stop working at once")
    public IdResponse revoke(@PathVariable String id, @PathVariable String sessionId, HttpServletRequest request,
                             HttpServletResponse response) {
        return send(new EndSessionCommand(Ids.requireValid("id", id), Ids.requireValid("sessionId", sessionId),
                "revoked-by-administrator"), id, request, response);
    }

    private IdResponse send(Object command, String id, HttpServletRequest request, HttpServletResponse response) {
        sender.send(command, id, request, response);
        return new IdResponse(id);
    }

    private static String optionalId(String field, String value) {
        return value == null ? null : Ids.requireValid(field, value);
    }
}
