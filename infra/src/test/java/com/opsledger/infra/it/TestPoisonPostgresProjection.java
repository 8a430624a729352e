package com.opsledger.infra.it;

import com.opsledger.query.common.BatchedJdbcWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A test-only PostgreSQL read model in the shared processor that some events poison: a person from {@code POISON}
 * makes the handler throw (until cured), one from {@code SQL-POISON} breaks a check constraint, which aborts the
 * batch's transaction unless the write ran in a savepoint. A person from a city named {@code BATCH-...} is written
 * with the batch's queued writes, so {@code BATCH-POISON} is refused only when the batch's writes are sent.
 */
@Component
@ConditionalOnExpression("'${opsledger.role:all}' == 'all'")
@ProcessingGroup(TestPoisonPostgresProjection.NAME)
public class TestPoisonPostgresProjection {

    static final String NAME = "test-poison-postgres";
    static volatile boolean cured;

    private final JdbcTemplate jdbc;
    private final BatchedJdbcWrites writes;

    TestPoisonPostgresProjection(JdbcTemplate jdbc, BatchedJdbcWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        jdbc.execute("create table if not exists test_poison_view (event_id varchar(255) primary key, "
                + "person_id varchar(255) not null, city varchar(100) not null check (city not in ('SQL-POISON', 'BATCH-POISON')))");
    }

    @EventHandler
    void on(TestPersonRegisteredEvent event, EventMessage<?> message) {
        if ("POISON".equals(event.city()) && !cured) {
            throw new IllegalStateException("a person from " + event.city() + " cannot be shown");
        }
        String insert = "insert into test_poison_view (event_id, person_id, city) values (?, ?, ?) "
                + "on conflict (event_id) do nothing";
        if (event.city().startsWith("BATCH-")) {
            writes.add(insert, message.getIdentifier(), event.personId(), event.city());
        } else {
            jdbc.update(insert, message.getIdentifier(), event.personId(), event.city());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from test_poison_view");
    }
}
