package com.opsledger.infra.security;

import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.RequiresPermission;
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

/** Refresh: sent on behalf of the user the refresh token names, whose access token has run out. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class TokenRefreshController {

    private final CommandSender sender;
    private final AccessTokens tokens;
    private final RateLimiter limiter;
    private final SecuritySettings settings;
    private final Clock clock;

    TokenRefreshController(CommandSender sender, AccessTokens tokens, RateLimiter limiter, SecuritySettings settings,
                           Clock clock) {
        this.sender = sender;
        this.tokens = tokens;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
    }

    record RefreshRequest(@NotBlank @Size(max = 300) String refreshToken) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "RefreshRequest[secrets hidden]";
        }
    }

    @RequiresPermission(PermissionInterceptor.PUBLIC)
    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; each refresh token works once, and presenting a "
            + "used one ends its session")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, ClientAddress client) {
        limiter.check("login-ip:" + client.ip(), settings.rateLimit().loginPerIp());
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
}
