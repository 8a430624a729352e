package com.opsledger.query.useraccount;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.useraccount.LoginFailedEvent;
import com.opsledger.kernel.useraccount.PasswordChangedEvent;
import com.opsledger.kernel.useraccount.RecoveryCodeUsedEvent;
import com.opsledger.kernel.useraccount.RefreshTokenReuseDetectedEvent;
import com.opsledger.kernel.useraccount.RoleDefinedEvent;
import com.opsledger.kernel.useraccount.RolePermissionsChangedEvent;
import com.opsledger.kernel.useraccount.SessionEndedEvent;
import com.opsledger.kernel.useraccount.SecondFactorResetEvent;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.UserCreatedEvent;
import com.opsledger.kernel.useraccount.UserDisabledEvent;
import com.opsledger.kernel.useraccount.UserEnabledEvent;
import com.opsledger.kernel.useraccount.UserLockedOutEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import com.opsledger.kernel.useraccount.UserRolesAssignedEvent;
import com.opsledger.kernel.useraccount.UserUnlockedEvent;
import com.opsledger.query.common.ErasedPeople;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The security story in one list: sign-ins, failures, lockouts, password and role changes, second factor, reuse of
 * refresh tokens, sessions ended. Keyed by the event's position, so a redelivered event is stored once.
 */
@Component
@ReadModelTables("security_event")
@ProcessingGroup("security-events-postgres")
class SecurityEventPostgresProjection {

    private final JdbcTemplate jdbc;

    SecurityEventPostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserCreatedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "user-created", "roles " + Roles.join(event.roles()), null);
    }

    @EventHandler
    void on(UserLoggedInEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "login-succeeded",
                event.withSecondFactor() ? "with second factor" : "with password", event.clientIp());
    }

    @EventHandler
    void on(LoginFailedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "login-failed",
                event.reason() + ", " + event.consecutiveFailures() + " in a row", event.clientIp());
    }

    @EventHandler
    void on(UserLockedOutEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "locked-out", "until " + event.lockedUntil(), event.clientIp());
    }

    @EventHandler
    void on(UserUnlockedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "unlocked", null, null);
    }

    @EventHandler
    void on(PasswordChangedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "password-changed",
                event.byAdministrator() ? "set by an administrator" : "by the user", null);
    }

    @EventHandler
    void on(UserRolesAssignedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "roles-assigned", Roles.join(event.roles()), null);
    }

    @EventHandler
    void on(UserDisabledEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "user-disabled", event.reason(), null);
    }

    @EventHandler
    void on(UserEnabledEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "user-enabled", null, null);
    }

    @EventHandler
    void on(SessionEndedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "session-ended", event.reason() + " (" + event.sessionId() + ")", null);
    }

    @EventHandler
    void on(RefreshTokenReuseDetectedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "refresh-token-reuse",
                "session " + event.sessionId() + " revoked", event.clientIp());
    }

    @EventHandler
    void on(SecondFactorResetEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "second-factor-reset", "by an administrator", null);
    }

    @EventHandler
    void on(TotpEnabledEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "second-factor-enabled", null, null);
    }

    @EventHandler
    void on(RecoveryCodeUsedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, event.userId(), "recovery-code-used", "code " + (event.index() + 1), null);
    }

    @EventHandler
    void on(RoleDefinedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, null, "role-defined", event.name() + ": " + Roles.join(event.permissions()), null);
    }

    @EventHandler
    void on(RolePermissionsChangedEvent event, EventMessage<?> message, TrackingToken token) {
        record(message, token, null, "role-changed", event.name() + ": " + Roles.join(event.permissions()), null);
    }

    /**
     * The position comes from the event store's record of the event, in the same statement: a tracking token's
     * position is the highest one seen, another event's when this one was committed late (filling a gap).
     */
    private void record(EventMessage<?> message, TrackingToken token, String userId, String type, String detail,
                        String clientIp) {
        String ip = clientIp != null ? clientIp : (String) message.getMetaData().get("clientIp");
        jdbc.update("insert into security_event (position, user_id, type, detail, client_ip, at) "
                        + "select e.global_index, ?, ?, ?, ?, ? from domain_event_entry e where e.event_identifier = ? "
                        + "on conflict (position) do nothing", userId, type,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500), ip,
                Timestamp.from(message.getTimestamp()), message.getIdentifier());
    }

    /** The addresses in an erased person's security events are erased (a replay reads them so from the events). */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update security_event set client_ip = '[erased]' where client_ip is not null and user_id in "
                + ErasedPeople.USERS, event.subjectId(), event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from security_event");
    }
}
