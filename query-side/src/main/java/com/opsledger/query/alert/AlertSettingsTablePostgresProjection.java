package com.opsledger.query.alert;

import com.opsledger.kernel.alert.AlertSettingsChangedEvent;
import com.opsledger.query.common.BatchedJdbcWrites;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Each user's muted alert kinds, as their last change left them. */
@Component
@ReadModelTables("alert_settings_view")
@ProcessingGroup("alert-settings-postgres")
class AlertSettingsTablePostgresProjection {

    private final JdbcTemplate jdbc;
    private final BatchedJdbcWrites writes;

    AlertSettingsTablePostgresProjection(JdbcTemplate jdbc, BatchedJdbcWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(AlertSettingsChangedEvent e, EventMessage<?> message) {
        writes.add("insert into alert_settings_view (user_id, muted_kinds, updated_at) values (?, ?, ?) "
                        + "on conflict (user_id) do update set muted_kinds = excluded.muted_kinds, "
                        + "updated_at = excluded.updated_at "
                        + "where alert_settings_view.updated_at <= excluded.updated_at",
                e.userId(), String.join(",", e.mutedKinds()), Timestamp.from(message.getTimestamp()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from alert_settings_view");
    }
}
