package com.opsledger.infra.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached (down, restarting, no connection to be had), as opposed
 * to a defect: the one a client should retry later. Axon and Spring wrap it in their own exceptions, so the whole
 * chain of causes is searched.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before retrying; a restarting PostgreSQL is usually back within them. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE class 08 (connection exception) and the server shutting down, starting up or crashed (57P01-57P03). */
    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SQL_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The answer: nothing was changed, and the same request can be sent again shortly. */
    public static ProblemDetail problem(String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the database cannot be reached at the moment; retry in a few seconds");
        problem.setType(URI.create("urn:opsledger:problem:unavailable"));
        problem.setTitle("Service unavailable");
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }
}
