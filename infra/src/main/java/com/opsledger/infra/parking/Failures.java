package com.opsledger.infra.parking;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.core.JacksonException;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Which failures of an event handler pass (the store is down, a connection was lost, a lock could not be had): those
 * make the processor retry its batch after a pause, as it always did, and lose nothing. Anything else is the
 * handler's own and happens again on every try, so the event is parked for that projection.
 */
final class Failures {

    /**
     * PostgreSQL SQLState classes that say nothing about the event: connection (08), transaction rollback such as a
     * serialization failure or deadlock (40), insufficient resources (53), operator intervention such as a shutdown
     * or cancelled statement (57), system error (58), and lock not available (55P03).
     */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private Failures() {
    }

    static boolean isTransient(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException) {
                return false;
            }
            if (cause instanceof InterruptedException
                    || cause instanceof IOException || cause instanceof UncheckedIOException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof AxonTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().length() >= 2
                    && TRANSIENT_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))
                    || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof ElasticsearchException elastic && (elastic.status() >= 500 || elastic.status() == 429)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error's message as stored and shown, cut short: without PostgreSQL's detail, which quotes the row or key
     * values the statement carried (personal data, secrets), and with no stack.
     */
    static String message(Throwable error, int max) {
        String message = error.getMessage();
        if (message == null) {
            return null;
        }
        int detail = message.indexOf("Detail:");
        if (detail >= 0) {
            message = message.substring(0, detail).stripTrailing();
        }
        return message.length() <= max ? message : message.substring(0, max - 1) + "…";
    }
}
