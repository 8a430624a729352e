package com.opsledger.infra.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void canTellADatabaseThatCannotBeReachedWhereverItIsWrapped() {
        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new EventStoreException("could not be persisted",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new CommandExecutionException("failed", new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
    }

    @Test
    void cannotMistakeADefectOrARefusalForAnOutage() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
    }
}
