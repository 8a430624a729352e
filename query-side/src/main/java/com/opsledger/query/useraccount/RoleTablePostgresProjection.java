package com.opsledger.query.useraccount;

import com.opsledger.kernel.useraccount.RoleDefinedEvent;
import com.opsledger.kernel.useraccount.RolePermissionsChangedEvent;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
@ReadModelTables("auth_role")
@ProcessingGroup(UserTablePostgresProjection.GROUP)
class RoleTablePostgresProjection {

    private final JdbcTemplate jdbc;

    RoleTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoleDefinedEvent event, @SequenceNumber long sequence) {
        jdbc.update("insert into auth_role (name, description, permissions, version) values (?, ?, ?, ?) "
                + "on conflict (name) do nothing", event.name(), event.description(),
                Roles.join(event.permissions()), sequence);
    }

    @EventHandler
    void on(RolePermissionsChangedEvent event, @SequenceNumber long sequence) {
        jdbc.update("update auth_role set description = ?, permissions = ?, version = ? where name = ? and version < ?",
                event.description(), Roles.join(event.permissions()), sequence, event.name(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from auth_role");
    }
}
