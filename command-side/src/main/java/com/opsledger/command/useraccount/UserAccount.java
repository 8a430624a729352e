package com.opsledger.command.useraccount;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.privacy.Secret;
import com.opsledger.kernel.useraccount.AssignRolesCommand;
import com.opsledger.kernel.useraccount.ChangePasswordCommand;
import com.opsledger.kernel.useraccount.ConfirmTotpCommand;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.DisableUserCommand;
import com.opsledger.kernel.useraccount.EnableUserCommand;
import com.opsledger.kernel.useraccount.EndSessionCommand;
import com.opsledger.kernel.useraccount.LogInCommand;
import com.opsledger.kernel.useraccount.LoginFailedEvent;
import com.opsledger.kernel.useraccount.LoginOutcome;
import com.opsledger.kernel.useraccount.PasswordChangedEvent;
import com.opsledger.kernel.useraccount.RecoveryCodeUsedEvent;
import com.opsledger.kernel.useraccount.RefreshOutcome;
import com.opsledger.kernel.useraccount.RefreshSessionCommand;
import com.opsledger.kernel.useraccount.RefreshTokenReuseDetectedEvent;
import com.opsledger.kernel.useraccount.ResetPasswordCommand;
import com.opsledger.kernel.useraccount.SessionEndedEvent;
import com.opsledger.kernel.useraccount.SessionRefreshedEvent;
import com.opsledger.kernel.useraccount.StartTotpEnrolmentCommand;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.TotpEnrolmentStartedEvent;
import com.opsledger.kernel.useraccount.UnlockUserCommand;
import com.opsledger.kernel.useraccount.UserCreatedEvent;
import com.opsledger.kernel.useraccount.UserDisabledEvent;
import com.opsledger.kernel.useraccount.UserEnabledEvent;
import com.opsledger.kernel.useraccount.UserLockedOutEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import com.opsledger.kernel.useraccount.UserRolesAssignedEvent;
import com.opsledger.kernel.useraccount.UserUnlockedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who signs in: credentials, roles, second factor, lockout and the sessions they hold. */
@Aggregate(snapshotTriggerDefinition = "userAccountSnapshotTrigger")
public class UserAccount {

    @AggregateIdentifier
    private String userId;
    private String username;
    private boolean disabled;
    @Secret
    private LinkedList<String> passwordHashes = new LinkedList<>();
    private int consecutiveFailures;
    private Instant lockedUntil;
    @Secret
    private String pendingTotpSecret;
    @Secret
    private String totpSecret;
    @Secret
    private List<String> recoveryCodeHashes = new ArrayList<>();
    private Map<String, Session> sessions = new HashMap<>();

    protected UserAccount() {
    }

    @CommandHandler
    public UserAccount(CreateUserCommand command, ReferenceRegistry registry, PasswordHasher hasher) {
        UserRules.checkNew(command, registry);
        PasswordPolicy.check("password", command.password(), command.username(), List.of(), hasher);
        registry.claim("user.username", "username", command.username().toLowerCase(Locale.ROOT), command.userId());
        apply(new UserCreatedEvent(command.userId(), command.username(), command.email().strip(),
                command.displayName().strip(), command.roles(), command.customerId(), command.supplierId(),
                command.driverId()));
        apply(new PasswordChangedEvent(command.userId(), hasher.hash(command.password()), true));
    }

    @CommandHandler
    public LoginOutcome handle(LogInCommand command, PasswordHasher hasher, LockoutPolicy policy) {
        if (disabled) {
            apply(new LoginFailedEvent(userId, "disabled", consecutiveFailures, command.clientIp()));
            return LoginOutcome.DISABLED;
        }
        if (lockedUntil != null && command.at().isBefore(lockedUntil)) {
            apply(new LoginFailedEvent(userId, "locked", consecutiveFailures, command.clientIp()));
            return LoginOutcome.LOCKED;
        }
        if (command.password() == null || !hasher.matches(command.password(), passwordHashes.getFirst())) {
            return fail("bad-password", LoginOutcome.BAD_CREDENTIALS, command, policy);
        }
        if (totpSecret != null) {
            if (command.totp() == null || command.totp().isBlank()) {
                apply(new LoginFailedEvent(userId, "second-factor-required", consecutiveFailures, command.clientIp()));
                return LoginOutcome.SECOND_FACTOR_REQUIRED;
            }
            int recoveryCode = RecoveryCodes.indexOf(recoveryCodeHashes, command.totp());
            if (recoveryCode >= 0) {
                apply(new RecoveryCodeUsedEvent(userId, recoveryCode));
            } else if (!Totp.verify(totpSecret, command.totp().strip(), command.at())) {
                return fail("bad-second-factor", LoginOutcome.BAD_SECOND_FACTOR, command, policy);
            }
        }
        apply(new UserLoggedInEvent(userId, command.sessionId(), command.refreshTokenHash(),
                command.sessionExpiresAt(), command.clientIp(), totpSecret != null));
        return LoginOutcome.SIGNED_IN;
    }

    private LoginOutcome fail(String reason, LoginOutcome outcome, LogInCommand command, LockoutPolicy policy) {
        int failures = consecutiveFailures + 1;
        apply(new LoginFailedEvent(userId, reason, failures, command.clientIp()));
        if (policy.locksAfter(failures)) {
            apply(new UserLockedOutEvent(userId, policy.lockedUntil(command.at()), command.clientIp()));
        }
        return outcome;
    }

    @CommandHandler
    public RefreshOutcome handle(RefreshSessionCommand command) {
        Session session = sessions.get(command.sessionId());
        if (session == null) {
            return RefreshOutcome.INVALID;
        }
        if (session.rotatedHashes.contains(command.presentedTokenHash())) {
            apply(new RefreshTokenReuseDetectedEvent(userId, command.sessionId(), command.clientIp()));
            if (!session.ended) {
                apply(new SessionEndedEvent(userId, command.sessionId(), "refresh-token-reuse"));
            }
            return RefreshOutcome.REUSE_DETECTED;
        }
        boolean locked = lockedUntil != null && command.at().isBefore(lockedUntil);
        if (disabled || locked || !session.usable(command.at())
                || !session.currentHash.equals(command.presentedTokenHash())) {
            return RefreshOutcome.INVALID;
        }
        apply(new SessionRefreshedEvent(userId, command.sessionId(), command.newTokenHash(), command.clientIp()));
        return RefreshOutcome.ROTATED;
    }

    @CommandHandler
    public void handle(EndSessionCommand command) {
        Session session = sessions.get(command.sessionId());
        if (session == null) {
            throw new NotFoundException("session", command.sessionId());
        }
        if (!session.ended) {
            apply(new SessionEndedEvent(userId, command.sessionId(), command.reason()));
        }
    }

    @CommandHandler
    public void handle(ChangePasswordCommand command, PasswordHasher hasher) {
        if (command.currentPassword() == null || !hasher.matches(command.currentPassword(), passwordHashes.getFirst())) {
            throw new InvalidValueException("currentPassword", "is not the current password");
        }
        PasswordPolicy.check("newPassword", command.newPassword(), username, passwordHashes, hasher);
        apply(new PasswordChangedEvent(userId, hasher.hash(command.newPassword()), false));
    }

    @CommandHandler
    public void handle(ResetPasswordCommand command, PasswordHasher hasher) {
        PasswordPolicy.check("newPassword", command.newPassword(), username, passwordHashes, hasher);
        apply(new PasswordChangedEvent(userId, hasher.hash(command.newPassword()), true));
        endAllSessions("password-reset");
    }

    @CommandHandler
    public void handle(AssignRolesCommand command, ReferenceRegistry registry) {
        UserRules.checkRoles(command.roles(), registry);
        apply(new UserRolesAssignedEvent(userId, command.roles()));
    }

    @CommandHandler
    public void handle(DisableUserCommand command) {
        String reason = Reason.require("reason", command.reason());
        if (!disabled) {
            apply(new UserDisabledEvent(userId, reason));
            endAllSessions("user-disabled");
        }
    }

    @CommandHandler
    public void handle(EnableUserCommand command) {
        if (disabled) {
            apply(new UserEnabledEvent(userId));
        }
    }

    @CommandHandler
    public void handle(UnlockUserCommand command) {
        if (lockedUntil != null || consecutiveFailures > 0) {
            apply(new UserUnlockedEvent(userId));
        }
    }

    @CommandHandler
    public void handle(StartTotpEnrolmentCommand command) {
        if (totpSecret != null) {
            throw new BusinessRuleViolationException("totp-already-enabled",
                    "two-factor sign-in is already enabled for this account");
        }
        apply(new TotpEnrolmentStartedEvent(userId, command.secret()));
    }

    @CommandHandler
    public void handle(ConfirmTotpCommand command) {
        if (pendingTotpSecret == null) {
            throw new BusinessRuleViolationException("totp-not-started", "start the two-factor enrolment first");
        }
        if (!Totp.verify(pendingTotpSecret, command.code(), command.at())) {
            throw new InvalidValueException("code", "is not the current code of the authenticator");
        }
        apply(new TotpEnabledEvent(userId, command.recoveryCodeHashes()));
    }

    private void endAllSessions(String reason) {
        sessions.entrySet().stream().filter(entry -> !entry.getValue().ended).map(Map.Entry::getKey).toList()
                .forEach(sessionId -> apply(new SessionEndedEvent(userId, sessionId, reason)));
    }

    @EventSourcingHandler
    void on(UserCreatedEvent event) {
        userId = event.userId();
        username = event.username();
    }

    @EventSourcingHandler
    void on(PasswordChangedEvent event) {
        passwordHashes.addFirst(event.passwordHash());
        while (passwordHashes.size() > PasswordPolicy.REMEMBERED) {
            passwordHashes.removeLast();
        }
    }

    @EventSourcingHandler
    void on(UserLoggedInEvent event, @Timestamp Instant at) {
        consecutiveFailures = 0;
        lockedUntil = null;
        sessions.values().removeIf(session -> !session.usable(at));
        sessions.put(event.sessionId(), new Session(event.refreshTokenHash(), event.sessionExpiresAt()));
    }

    @EventSourcingHandler
    void on(LoginFailedEvent event) {
        consecutiveFailures = event.consecutiveFailures();
    }

    @EventSourcingHandler
    void on(UserLockedOutEvent event) {
        consecutiveFailures = 0;
        lockedUntil = event.lockedUntil();
    }

    @EventSourcingHandler
    void on(UserUnlockedEvent event) {
        consecutiveFailures = 0;
        lockedUntil = null;
    }

    @EventSourcingHandler
    void on(SessionRefreshedEvent event) {
        sessions.get(event.sessionId()).rotate(event.refreshTokenHash());
    }

    @EventSourcingHandler
    void on(SessionEndedEvent event) {
        sessions.get(event.sessionId()).ended = true;
    }

    @EventSourcingHandler
    void on(UserDisabledEvent event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(UserEnabledEvent event) {
        disabled = false;
    }

    @EventSourcingHandler
    void on(TotpEnrolmentStartedEvent event) {
        pendingTotpSecret = event.secret();
    }

    @EventSourcingHandler
    void on(TotpEnabledEvent event) {
        totpSecret = pendingTotpSecret;
        pendingTotpSecret = null;
        recoveryCodeHashes = new ArrayList<>(event.recoveryCodeHashes());
    }

    @EventSourcingHandler
    void on(RecoveryCodeUsedEvent event) {
        recoveryCodeHashes.set(event.index(), null);
    }
}
