package com.opsledger.query.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements a projection wants executed for the events of one processing batch, sent to PostgreSQL as one JDBC batch
 * per statement when the batch's unit of work prepares to commit: inside its transaction (and so inside the read model
 * copy a replay is building), before the processor's token is stored, and all or nothing with it. Outside a unit of
 * work a statement runs at once.
 * <p>
 * Statements are grouped by their SQL, in the order each SQL was first added; a projection that needs one write to see
 * another of the same batch must not use this (or must read what it has queued itself).
 */
@Component
public class BatchedJdbcWrites {

    private static final String RESOURCE = BatchedJdbcWrites.class.getName();

    private final JdbcTemplate jdbc;

    public BatchedJdbcWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues {@code sql} with {@code arguments} for the current batch. */
    public void add(String sql, Object... arguments) {
        Map<String, List<Object[]>> pending = ProcessingBatch.state(RESOURCE, LinkedHashMap::new, this::flush);
        if (pending == null) {
            jdbc.update(sql, arguments);
            return;
        }
        pending.computeIfAbsent(sql, key -> new ArrayList<>()).add(arguments);
    }

    private void flush(Map<String, List<Object[]>> statements) {
        statements.forEach(jdbc::batchUpdate);
        statements.clear();
    }
}
