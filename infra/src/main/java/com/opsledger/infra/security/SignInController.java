package com.opsledger.infra.security;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.useraccount.PasswordHasher;
import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.LogInCommand;
import com.opsledger.kernel.useraccount.LoginOutcome;
import com.opsledger.kernel.useraccount.RefreshOutcome;
import com.opsledger.kernel.useraccount.RefreshSessionCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
 * Sign-in and its renewal with a refresh token. Both are sent on behalf of the user they are for (the one signing
 * in, or the one the refresh token names), who has no valid access token; both draw on the same per-address budget.
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
    private final SecuritySettings settings;
    private final Clock clock;
    private final String decoyHash;

    SignInController(CommandSender sender, ReferenceRegistry registry, PasswordHasher hasher, AccessTokens tokens,
                     RateLimiter limiter, SecuritySettings settings, Clock clock) {
        this.sender = sender;
        this.registry = registry;
        this.hasher = hasher;
        this.tokens = tokens;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = hasher.hash(RefreshToken.newSecret());
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
                        @Size(max = 32) String totp) {
    }

    record RefreshRequest(@NotBlank @Size(max = 300) String refreshToken) {
    }

    @RequiresPermission(PermissionInterceptor.PUBLIC)
    @PostMapping("/login")
    @Operation(summary = "Sign in with username, password and, when two-factor is on, a code (or a recovery code); "
            + "answers an access token (Bearer, 15 minutes) and a single-use refresh token")
    TokenResponse login(@Valid @RequestBody LoginRequest body, ClientAddress client) {
        limitSignInsFrom(client);
        limiter.check("login-user:" + body.username().toLowerCase(Locale.ROOT), settings.rateLimit().loginPerUser());
        Optional<String> userId = registry.ownerOf("user.username", body.username().toLowerCase(Locale.ROOT));
        if (userId.isEmpty()) {
            hasher.matches(body.password(), decoyHash);
            throw AccessProblem.unauthenticated("invalid-credentials", BAD_CREDENTIALS);
        }
        Instant now = clock.instant();
        RefreshToken refresh = RefreshToken.issue(userId.get(), Ids.newId());
        LoginOutcome outcome = sender.dispatch(new LogInCommand(userId.get(), body.password(), body.totp(),
                refresh.sessionId(), refresh.secretHash(), now.plus(settings.jwt().sessionLifetime()), client.ip(),
                now), MetaData.with("userId", userId.get()));
        return switch (outcome) {
            case SIGNED_IN -> tokens.answer(refresh, body.username(), now);
            case SECOND_FACTOR_REQUIRED -> throw AccessProblem.unauthenticated("second-factor-required",
                    "this account signs in with a code from its authenticator app: send it as totp");
            case LOCKED -> throw AccessProblem.unauthenticated("account-locked",
                    "this account is locked after too many failed sign-ins; try again later");
            default -> throw AccessProblem.unauthenticated("invalid-credentials", BAD_CREDENTIALS);
        };
    }

    @RequiresPermission(PermissionInterceptor.PUBLIC)
    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; each refresh token works once, and presenting a "
            + "used one ends its session")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, ClientAddress client) {
        limitSignInsFrom(client);
        RefreshToken presented = RefreshToken.parse(body.refreshToken()).orElseThrow(() ->
                AccessProblem.unauthenticated("invalid-refresh-token", "the refresh token is not valid"));
        RefreshToken next = RefreshToken.issue(presented.userId(), presented.sessionId());
        Instant now = clock.instant();
        RefreshOutcome outcome;
        try {
            outcome = sender.dispatch(new RefreshSessionCommand(presented.userId(), presented.sessionId(),
                    presented.secretHash(), next.secretHash(), client.ip(), now),
                    MetaData.with("userId", presented.userId()));
        } catch (AggregateNotFoundException e) {
            throw AccessProblem.unauthenticated("invalid-refresh-token", "the refresh token is not valid");
        }
        return switch (outcome) {
            case ROTATED -> tokens.answer(next, null, now);
            case REUSE_DETECTED -> throw AccessProblem.unauthenticated("refresh-token-reused",
                    "this refresh token was already used; its session has been ended, sign in again");
            case INVALID -> throw AccessProblem.unauthenticated("invalid-refresh-token",
                    "the refresh token is not valid or its session has ended");
        };
    }

    /** Sign-ins and refreshes from one address share one budget. */
    private void limitSignInsFrom(ClientAddress client) {
        limiter.check("login-ip:" + client.ip(), settings.rateLimit().loginPerIp());
    }
}
