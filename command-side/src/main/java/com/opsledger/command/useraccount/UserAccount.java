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
import com.opsledger.kernel.useraccount.ResetSecondFactorCommand;
import com.opsledger.kernel.useraccount.SecondFactorResetEvent;
import com.opsledger.kernel.useraccount.SessionEndedEvent;
import com.opsledger.kernel.useraccount.SessionRefreshedEvent;
import com.opsledger.kernel.useraccount.StartTotpEnrolmentCommand;
import com.opsledger.kernel.useraccount.TotpCodeUsedEvent;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.TotpEnrolmentStartedEvent;
import com.opsledger.kernel.useraccount.UnlockUserCommand;
import com.opsledger.kernel.useraccount.UserCreatedEvent;
import com.opsledger.kernel.useraccount.UserDisabledEvent;
import com.opsledger.kernel.useraccount.UserEnabledEvent;
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

/**
 * A person who signs in: credentials, roles, second factor and the sessions they hold. Failed sign-ins are recorded
 * but lock nothing: guessing is slowed down before the command is sent (by client IP and user name), so that failures
 * caused by others never keep the user out nor end their sessions.
 */
@Aggregate(snapshotTriggerDefinition = "userAccountSnapshotTrigger")
public class UserAccount {

    @AggregateIdentifier
    private String userId;
    private String username;
    private boolean disabled;
    @Secret
    private LinkedList<String> passwordHashes = new LinkedList<>();
    private int consecutiveFailures;
    @Secret
    private String pendingTotpSecret;
    @Secret
    private String totpSecret;
    /** The time step of the last code accepted; codes of it and earlier ones are refused (-1: none yet). */
    private long lastTotpStep = -1;
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
    public LoginOutcome handle(LogInCommand command, PasswordHasher hasher) {
        if (disabled) {
            apply(new LoginFailedEvent(userId, "disabled", consecutiveFailures, command.clientIp()));
            return LoginOutcome.DISABLED;
        }
        if (command.password() == null || !hasher.matches(command.password(), passwordHashes.getFirst())) {
            return fail("bad-password", LoginOutcome.BAD_CREDENTIALS, command);
        }
        if (totpSecret != null) {
            if (command.totp() == null || command.totp().isBlank()) {
                apply(new LoginFailedEvent(userId, "second-factor-required", consecutiveFailures, command.clientIp()));
                return LoginOutcome.SECOND_FACTOR_REQUIRED;
            }
            int recoveryCode = RecoveryCodes.indexOf(recoveryCodeHashes, command.totp());
            if (recoveryCode >= 0) {
                apply(new RecoveryCodeUsedEvent(userId, recoveryCode));
            } else {
                long step = Totp.matchingStep(totpSecret, command.totp().strip(), command.at());
                if (step < 0) {
                    return fail("bad-second-factor", LoginOutcome.BAD_SECOND_FACTOR, command);
                }
                if (step <= lastTotpStep) {
                    return fail("second-factor-reused", LoginOutcome.SECOND_FACTOR_REUSED, command);
                }
                apply(new TotpCodeUsedEvent(userId, step));
            }
        }
        apply(new UserLoggedInEvent(userId, command.sessionId(), command.refreshTokenHash(),
                command.sessionExpiresAt(), command.clientIp(), totpSecret != null));
        return LoginOutcome.SIGNED_IN;
    }

    private LoginOutcome fail(String reason, LoginOutcome outcome, LogInCommand command) {
        apply(new LoginFailedEvent(userId, reason, consecutiveFailures + 1, command.clientIp()));
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
        if (disabled || !session.usable(command.at())
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
        requireCurrentPassword(command.currentPassword(), hasher);
        PasswordPolicy.check("newPassword", command.newPassword(), username, passwordHashes, hasher);
        apply(new PasswordChangedEvent(userId, hasher.hash(command.newPassword()), false));
        endSessions("password-changed", command.keepSessionId());
    }

    private void requireCurrentPassword(String presented, PasswordHasher hasher) {
        if (presented == null || presented.isEmpty()) {
            throw new InvalidValueException("currentPassword", "is required");
        }
        if (!hasher.matches(presented, passwordHashes.getFirst())) {
            throw new InvalidValueException("currentPassword", "is not the current password");
        }
    }

    @CommandHandler
    public void handle(ResetPasswordCommand command, PasswordHasher hasher) {
        PasswordPolicy.check("newPassword", command.newPassword(), username, passwordHashes, hasher);
        apply(new PasswordChangedEvent(userId, hasher.hash(command.newPassword()), true));
        endSessions("password-reset", null);
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
            endSessions("user-disabled", null);
        }
    }

    @CommandHandler
    public void handle(EnableUserCommand command) {
        if (disabled) {
            apply(new UserEnabledEvent(userId));
        }
    }

    /** Sets the count of failed sign-ins in a row back to 0 (a lockout of old, before backoff, ends too). */
    @CommandHandler
    public void handle(UnlockUserCommand command) {
        if (consecutiveFailures > 0) {
            apply(new UserUnlockedEvent(userId));
        }
    }

    /** A first enrolment needs nothing more; replacing a confirmed second factor needs the current password. */
    @CommandHandler
    public void handle(StartTotpEnrolmentCommand command, PasswordHasher hasher) {
        if (totpSecret != null) {
            requireCurrentPassword(command.currentPassword(), hasher);
        }
        apply(new TotpEnrolmentStartedEvent(userId, command.secret()));
    }

    @CommandHandler
    public void handle(ConfirmTotpCommand command) {
        if (pendingTotpSecret == null) {
            throw new BusinessRuleViolationException("totp-not-started", "start the two-factor enrolment first");
        }
        long step = Totp.matchingStep(pendingTotpSecret, command.code(), command.at());
        if (step < 0) {
            throw new InvalidValueException("code", "is not the current code of the authenticator");
        }
        apply(new TotpEnabledEvent(userId, command.recoveryCodeHashes()));
        apply(new TotpCodeUsedEvent(userId, step));
    }

    @CommandHandler
    public void handle(ResetSecondFactorCommand command) {
        if (totpSecret != null || pendingTotpSecret != null) {
            apply(new SecondFactorResetEvent(userId));
        }
    }

    /** Ends every open session but {@code keep} (null: every one). */
    private void endSessions(String reason, String keep) {
        sessions.entrySet().stream().filter(entry -> !entry.getValue().ended && !entry.getKey().equals(keep))
                .map(Map.Entry::getKey).toList()
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
        sessions.values().removeIf(session -> !session.usable(at));
        sessions.put(event.sessionId(), new Session(event.refreshTokenHash(), event.sessionExpiresAt()));
    }

    @EventSourcingHandler
    void on(LoginFailedEvent event) {
        consecutiveFailures = event.consecutiveFailures();
    }

    @EventSourcingHandler
    void on(UserUnlockedEvent event) {
        consecutiveFailures = 0;
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
    void on(TotpCodeUsedEvent event) {
        lastTotpStep = event.step();
    }

    @EventSourcingHandler
    void on(SecondFactorResetEvent event) {
        totpSecret = null;
        pendingTotpSecret = null;
        recoveryCodeHashes = new ArrayList<>();
        lastTotpStep = -1;
    }

    @EventSourcingHandler
    void on(RecoveryCodeUsedEvent event) {
        recoveryCodeHashes.set(event.index(), null);
    }
}
