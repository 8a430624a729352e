package com.opsledger.query.useraccount;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.useraccount.SessionEndedEvent;
import com.opsledger.kernel.useraccount.SessionRefreshedEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import com.opsledger.query.common.ErasedPeople;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Sessions (one per sign-in, kept through refreshes) as the token check and the session list read them. */
@Component
@ReadModelTables("auth_session")
@ProcessingGroup(UserTablePostgresProjection.GROUP)
class SessionTablePostgresProjection {

    private final JdbcTemplate jdbc;

    SessionTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserLoggedInEvent event, @Timestamp Instant at) {
        jdbc.update("insert into auth_session (session_id, user_id, client_ip, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (session_id) do nothing", event.sessionId(),
                event.userId(), event.clientIp(), java.sql.Timestamp.from(at),
                java.sql.Timestamp.from(event.sessionExpiresAt()));
    }

    @EventHandler
    void on(SessionRefreshedEvent event, @Timestamp Instant at) {
        jdbc.update("update auth_session set last_refreshed_at = ? where session_id = ?", java.sql.Timestamp.from(at),
                event.sessionId());
    }

    @EventHandler
    void on(SessionEndedEvent event, @Timestamp Instant at) {
        jdbc.update("update auth_session set ended_at = ?, end_reason = ? where session_id = ? and ended_at is null",
                java.sql.Timestamp.from(at), event.reason(), event.sessionId());
    }

    /** The addresses an erased person (a user, or a customer's portal users) signed in from are erased. */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update auth_session set client_ip = '[erased]' where client_ip is not null and user_id in "
                + ErasedPeople.USERS, event.subjectId(), event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from auth_session");
    }
}
