package com.opsledger.infra.security;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.useraccount.PasswordHasher;
import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.useraccount.EndSessionCommand;
import com.opsledger.kernel.useraccount.LogInCommand;
import com.opsledger.kernel.useraccount.LoginOutcome;
import com.opsledger.kernel.useraccount.RefreshOutcome;
import com.opsledger.kernel.useraccount.RefreshSessionCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in, refresh, sign-out. A refresh token is {@code <user>.<session>.<secret>}; only a hash of the secret is
 * kept, each refresh replaces it, and presenting a replaced one ends the whole session.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
@ConditionalOnExpression("'${opsledger.role:all}' != 'query'")
class AuthController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BAD_CREDENTIALS = "the username, password or code is not right";

    private final CommandSender sender;
    private final ReferenceRegistry registry;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    private final RateLimiter limiter;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String decoyHash;

    AuthController(CommandSender sender, ReferenceRegistry registry, PasswordHasher hasher, AccessTokens tokens,
                   RateLimiter limiter, SecuritySettings settings, Clock clock) {
        this.sender = sender;
        this.registry = registry;
        this.hasher = hasher;
        this.tokens = tokens;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = hasher.hash(secret());
    }

    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
                        @Size(max = 32) String totp) {
    }

    record RefreshRequest(@NotBlank @Size(max = 300) String refreshToken) {
    }

    record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    record MeView(String id, String username, Set<String> roles, Set<String> permissions, String customerId,
                  String supplierId, String driverId) {
    }

    @RequiresPermission(PermissionInterceptor.PUBLIC)
    @PostMapping("/login")
    @Operation(summary = "Sign in with username, password and, when two-factor is on, a code (or a recovery code); "
            + "answers an access token (Bearer, 15 minutes) and a single-use refresh token")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request,
                        HttpServletResponse response) {
        String ip = request.getRemoteAddr();
        throttle("login-ip:" + ip, settings.rateLimit().loginPerIp());
        throttle("login-user:" + body.username().toLowerCase(Locale.ROOT), settings.rateLimit().loginPerUser());
        Optional<String> userId = registry.ownerOf("user.username", body.username().toLowerCase(Locale.ROOT));
        if (userId.isEmpty()) {
            hasher.matches(body.password(), decoyHash);
            throw AccessProblem.unauthenticated("invalid-credentials", BAD_CREDENTIALS);
        }
        Instant now = clock.instant();
        String sessionId = Ids.newId();
        String secret = secret();
        LoginOutcome outcome = sender.sendAs(userId.get(), new LogInCommand(userId.get(), body.password(),
                        body.totp(), sessionId, sha256(secret), now.plus(settings.jwt().sessionLifetime()), ip, now),
                userId.get(), request, response);
        return switch (outcome) {
            case SIGNED_IN -> tokens(userId.get(), body.username(), sessionId, secret, now);
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
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request,
                          HttpServletResponse response) {
        throttle("login-ip:" + request.getRemoteAddr(), settings.rateLimit().loginPerIp());
        String[] parts = body.refreshToken().split("\\.");
        if (parts.length != 3 || !valid(parts[0]) || !valid(parts[1])) {
            throw AccessProblem.unauthenticated("invalid-refresh-token", "the refresh token is not valid");
        }
        String userId = parts[0];
        String sessionId = parts[1];
        String secret = secret();
        Instant now = clock.instant();
        RefreshOutcome outcome;
        try {
            outcome = sender.sendAs(userId, new RefreshSessionCommand(userId, sessionId, sha256(parts[2]),
                    sha256(secret), request.getRemoteAddr(), now), userId, request, response);
        } catch (AggregateNotFoundException e) {
            throw AccessProblem.unauthenticated("invalid-refresh-token", "the refresh token is not valid");
        }
        return switch (outcome) {
            case ROTATED -> tokens(userId, null, sessionId, secret, now);
            case REUSE_DETECTED -> throw AccessProblem.unauthenticated("refresh-token-reused",
                    "this refresh token was already used; its session has been ended, sign in again");
            case INVALID -> throw AccessProblem.unauthenticated("invalid-refresh-token",
                    "the refresh token is not valid or its session has ended");
        };
    }

    @RequiresPermission(CallerDirectory.OWN_ACCOUNT)
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: the session ends, and its access and refresh tokens stop working at once")
    void logout(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        String sessionId = ((CallerAuthentication) SecurityContextHolder.getContext().getAuthentication()).sessionId();
        sender.send(new EndSessionCommand(caller.userId(), sessionId, "logout"), caller.userId(), request, response);
    }

    @RequiresPermission(CallerDirectory.OWN_ACCOUNT)
    @GetMapping("/me")
    @Operation(summary = "Who you are: roles, permissions, and the customer, supplier or driver you act for")
    MeView me(Caller caller) {
        return new MeView(caller.userId(), caller.username(), caller.roles(), caller.permissions(),
                caller.customerId(), caller.supplierId(), caller.driverId());
    }

    private TokenResponse tokens(String userId, String username, String sessionId, String secret, Instant now) {
        return new TokenResponse(tokens.issue(userId, username, sessionId, now),
                userId + "." + sessionId + "." + secret, tokens.lifetimeSeconds(), "Bearer");
    }

    private void throttle(String key, int perMinute) {
        long wait = limiter.acquire(key, perMinute);
        if (wait > 0) {
            throw AccessProblem.tooManyRequests(wait);
        }
    }

    private static boolean valid(String id) {
        try {
            Ids.requireValid("refreshToken", id);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
