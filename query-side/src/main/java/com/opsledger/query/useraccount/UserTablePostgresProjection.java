package com.opsledger.query.useraccount;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.useraccount.SecondFactorResetEvent;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.UserCreatedEvent;
import com.opsledger.kernel.useraccount.UserDisabledEvent;
import com.opsledger.kernel.useraccount.UserEnabledEvent;
import com.opsledger.kernel.useraccount.UserLockedOutEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import com.opsledger.kernel.useraccount.UserRolesAssignedEvent;
import com.opsledger.kernel.useraccount.UserUnlockedEvent;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Users as the token check and the administration pages read them. Each update applies only to a row older than the
 * event (its version is the aggregate sequence number), so a redelivered event changes nothing.
 */
@Component
@ReadModelTables("auth_user")
@ProcessingGroup(UserTablePostgresProjection.GROUP)
class UserTablePostgresProjection {

    static final String GROUP = "access-postgres";

    private final JdbcTemplate jdbc;

    UserTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("insert into auth_user (user_id, username, email, display_name, roles, customer_id, supplier_id, "
                        + "driver_id, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (user_id) do nothing",
                event.userId(), event.username(), event.email(), event.displayName(), Roles.join(event.roles()),
                event.customerId(), event.supplierId(), event.driverId(), java.sql.Timestamp.from(at), sequence);
    }

    @EventHandler
    void on(UserRolesAssignedEvent event, @SequenceNumber long sequence) {
        update("roles = ?", event.userId(), sequence, Roles.join(event.roles()));
    }

    @EventHandler
    void on(UserDisabledEvent event, @SequenceNumber long sequence) {
        update("disabled = true", event.userId(), sequence);
    }

    @EventHandler
    void on(UserEnabledEvent event, @SequenceNumber long sequence) {
        update("disabled = false", event.userId(), sequence);
    }

    @EventHandler
    void on(UserLockedOutEvent event, @SequenceNumber long sequence) {
        update("locked_until = ?", event.userId(), sequence, java.sql.Timestamp.from(event.lockedUntil()));
    }

    @EventHandler
    void on(UserUnlockedEvent event, @SequenceNumber long sequence) {
        update("locked_until = null", event.userId(), sequence);
    }

    @EventHandler
    void on(UserLoggedInEvent event, @SequenceNumber long sequence) {
        update("locked_until = null", event.userId(), sequence);
    }

    @EventHandler
    void on(TotpEnabledEvent event, @SequenceNumber long sequence) {
        update("totp_enabled = true", event.userId(), sequence);
    }

    @EventHandler
    void on(SecondFactorResetEvent event, @SequenceNumber long sequence) {
        update("totp_enabled = false", event.userId(), sequence);
    }

    private void update(String assignments, String userId, long sequence, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = userId;
        arguments[values.length + 2] = sequence;
        jdbc.update("update auth_user set " + assignments + ", version = ? where user_id = ? and version < ?",
                arguments);
    }

    /**
     * A user's erasure, or their customer's (whose portal users are the same person and are erased with it): e-mail
     * and name read as erased, as a replay would read them from the events.
     */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update auth_user set email = '[erased]', display_name = '[erased]' "
                + "where user_id = ? or customer_id = ?", event.subjectId(), event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from auth_user");
    }
}
