package com.opsledger.infra.parking;

import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void aStoreThatIsDownOrBusyIsRetriedNotParked() {
        assertThat(Failures.isTransient(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(Failures.isTransient(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new SQLException("serialization", "40001")))).isTrue();
        assertThat(Failures.isTransient(new UncheckedIOException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void aHandlersOwnFailureIsParked() {
        assertThat(Failures.isTransient(new IllegalStateException("cannot apply"))).isFalse();
        assertThat(Failures.isTransient(new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514")))).isFalse();
        assertThat(Failures.isTransient(new RuntimeException(new JsonParseException(null, "bad payload")))).isFalse();
    }

    @Test
    void theStoredMessageLeavesOutTheRowValuesAndIsBounded() {
        String message = Failures.message(new DataIntegrityViolationException("ERROR: new row violates check "
                + "constraint\n  Detail: Failing row contains (secret@example.com)."), 1000);
        assertThat(message).contains("violates check constraint").doesNotContain("secret");
        assertThat(Failures.message(new IllegalStateException("x".repeat(5000)), 1000)).hasSize(1000);
    }
}
