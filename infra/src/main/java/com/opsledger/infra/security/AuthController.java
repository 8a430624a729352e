package com.opsledger.infra.security;

import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.useraccount.EndSessionCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** Sign-out, and who the signed-in user is; signing in is {@link SignInController}'s. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class AuthController {

    private final CommandSender sender;

    AuthController(CommandSender sender) {
        this.sender = sender;
    }

    record MeView(String id, String username, Set<String> roles, Set<String> permissions, String customerId,
                  String supplierId, String driverId) {
    }

    @RequiresPermission(CallerDirectory.OWN_ACCOUNT)
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: the session ends, and its access and refresh tokens stop working at once")
    void logout(Caller caller) {
        String sessionId = ((CallerAuthentication) SecurityContextHolder.getContext().getAuthentication()).sessionId();
        sender.send(new EndSessionCommand(caller.userId(), sessionId, "logout"));
    }

    @RequiresPermission(CallerDirectory.OWN_ACCOUNT)
    @GetMapping("/me")
    @Operation(summary = "Who you are: roles, permissions, and the customer, supplier or driver you act for")
    MeView me(Caller caller) {
        return new MeView(caller.userId(), caller.username(), caller.roles(), caller.permissions(),
                caller.customerId(), caller.supplierId(), caller.driverId());
    }
}
