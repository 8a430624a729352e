package com.opsledger.infra.security;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.useraccount.PasswordHasher;
import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.LogInCommand;
import com.opsledger.kernel.useraccount.LoginOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in: sent on behalf of the user it establishes, who has no access token yet. Failed sign-ins slow further ones
 * down by client IP and user name ({@link SignInBackoff}) instead of locking the account.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class SignInController {

    private static final String BAD_CREDENTIALS = "the username, password or code is not right";

    private final CommandSender sender;
    private final ReferenceRegistry registry;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    private final RateLimiter limiter;
    private final SignInBackoff backoff;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String decoyHash;

    SignInController(CommandSender sender, ReferenceRegistry registry, PasswordHasher hasher, AccessTokens tokens,
                     RateLimiter limiter, SignInBackoff backoff, SecuritySettings settings, Clock clock) {
        this.sender = sender;
        this.registry = registry;
        this.hasher = hasher;
        this.tokens = tokens;
        this.limiter = limiter;
        this.backoff = backoff;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = hasher.hash(RefreshToken.newSecret());
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 72) String password,
                        @Size(max = 32) String totp) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + ", secrets hidden]";
        }
    }

    @RequiresPermission(PermissionInterceptor.PUBLIC)
    @PostMapping("/login")
    @Operation(summary = "Sign in with username, password and, when two-factor is on, a code (or a recovery code); "
            + "answers an access token (Bearer, 15 minutes) and a single-use refresh token")
    TokenResponse login(@Valid @RequestBody LoginRequest body, ClientAddress client) {
        limiter.check("login-ip:" + client.ip(), settings.rateLimit().loginPerIp());
        limiter.check("login-user:" + body.username().toLowerCase(Locale.ROOT), settings.rateLimit().loginPerUser());
        backoff.check(client.ip(), body.username());
        Optional<String> userId = registry.ownerOf("user.username", body.username().toLowerCase(Locale.ROOT));
        if (userId.isEmpty()) {
            hasher.matches(body.password(), decoyHash);
            backoff.failed(client.ip(), body.username());
            throw AccessProblem.unauthenticated("invalid-credentials", BAD_CREDENTIALS);
        }
        Instant now = clock.instant();
        RefreshToken refresh = RefreshToken.issue(userId.get(), Ids.newId());
        LoginOutcome outcome = sender.dispatch(new LogInCommand(userId.get(), body.password(), body.totp(),
                refresh.sessionId(), refresh.secretHash(), now.plus(settings.jwt().sessionLifetime()), client.ip(),
                now), MetaData.with("userId", userId.get()));
        switch (outcome) {
            case SIGNED_IN -> backoff.succeeded(client.ip(), body.username());
            case SECOND_FACTOR_REQUIRED -> {
            }
            default -> backoff.failed(client.ip(), body.username());
        }
        return switch (outcome) {
            case SIGNED_IN -> tokens.answer(refresh, body.username(), now);
            case SECOND_FACTOR_REQUIRED -> throw AccessProblem.unauthenticated("second-factor-required",
                    "this account signs in with a code from its authenticator app: send it as totp");
            case SECOND_FACTOR_REUSED -> throw AccessProblem.unauthenticated("second-factor-reused",
                    "this code was already used; wait for the next code of the authenticator app");
            default -> throw AccessProblem.unauthenticated("invalid-credentials", BAD_CREDENTIALS);
        };
    }
}
