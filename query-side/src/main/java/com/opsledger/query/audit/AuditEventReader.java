package com.opsledger.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the audit trail, read-only: a record's history straight from the event store, and the global trail through
 * the {@code audit_event} read model (which makes the metadata filterable) joined back to the event store for the
 * payload. Exports stream through a database cursor, so no export holds more than one fetch in memory.
 */
@Component
class AuditEventReader {

    static final int MAX_CORRELATED = 10_000;
    private static final int EXPORT_FETCH_SIZE = 500;
    private static final String COLUMNS = "d.global_index, d.type, d.aggregate_identifier, d.sequence_number, "
            + "d.payload_type, d.payload_revision, d.time_stamp, d.payload, d.meta_data";
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final StoredPayloads payloads;
    private final RowMapper<AuditEventView> rows = this::view;
    private final long maxExportRows;
    private final Duration maxExportDuration;

    AuditEventReader(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                     ObjectMapper json, ObjectProvider<StoredPayloads> payloads,
                     @Value("${opsledger.audit.export.max-rows:1000000}") long maxExportRows,
                     @Value("${opsledger.audit.export.max-duration:5m}") Duration maxExportDuration) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(EXPORT_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // also the statement time-out of the export's query: its connection goes back to the pool in time
        this.readOnly.setTimeout((int) Math.max(1, maxExportDuration.toSeconds()));
        this.maxExportRows = maxExportRows;
        this.maxExportDuration = maxExportDuration;
        this.json = json;
        this.payloads = payloads.getIfAvailable(() -> (type, stored) -> stored);
    }

    /**
     * At most {@code size} events of one record after the sequence number {@code after} (-1: from its first), in
     * order; 400 for a type the event store has never seen, 404 for no such record of that type or a record outside
     * the caller's scope.
     */
    List<AuditEventView> history(String aggregateType, String aggregateId, Scope scope, long after, int size) {
        String type = AggregateTypes.canonical("aggregateType", aggregateType);
        List<AuditEventView> events = inScope(scope, type, aggregateId) ? jdbc.query("select " + COLUMNS
                + " from domain_event_entry d where d.aggregate_identifier = ? and d.sequence_number > ? "
                + "order by d.sequence_number limit ?", rows, aggregateId, after, size) : List.of();
        if (!events.isEmpty() && type.equals(events.get(0).aggregateType())) {
            return events;
        }
        if (events.isEmpty() && after >= 0 && type.equals(typeOf(aggregateId))) {
            return List.of();
        }
        requireKnown("aggregateType", type);
        throw new NotFoundException(type, aggregateId);
    }

    /** One page of the trail after the cursor; {@code nextCursor} is set only when more events follow. */
    AuditTrailPage page(AuditFilter filter, Scope scope, int size) {
        Query query = trail(filter, scope);
        query.sql.append(" limit ?");
        query.args.add(size + 1);
        List<AuditEventView> events = jdbc.query(query.sql.toString(), rows, query.args.toArray());
        boolean more = events.size() > size;
        List<AuditEventView> content = more ? events.subList(0, size) : events;
        return new AuditTrailPage(List.copyOf(content), size,
                more ? content.get(content.size() - 1).globalIndex() : null);
    }

    /**
     * The events of the filter that the caller's scope holds, one at a time, in position order, inside one read-only transaction, for at most
     * {@code opsledger.audit.export.max-rows} events and {@code max-duration}: an export never holds its pooled
     * connection longer. Answers null when every event was given, else the globalIndex of the last one given (the
     * {@code after} of an export that continues).
     */
    Long stream(AuditFilter filter, Scope scope, Consumer<AuditEventView> sink) {
        Query query = trail(filter, scope);
        long deadline = System.nanoTime() + maxExportDuration.toNanos();
        long[] given = {0, 0};
        try {
            readOnly.executeWithoutResult(status -> cursor.query(query.sql.toString(), (RowCallbackHandler) rs -> {
                if (given[0] >= maxExportRows || System.nanoTime() - deadline > 0) {
                    throw new ExportCutShort();
                }
                AuditEventView event = view(rs, 0);
                sink.accept(event);
                given[0]++;
                given[1] = event.globalIndex();
            }, query.args.toArray()));
            return null;
        } catch (ExportCutShort cut) {
            return given[1];
        }
    }

    /** Ends an export's query at its bound (rows or time); the transaction rolls back, nothing was written. */
    private static final class ExportCutShort extends RuntimeException {

        ExportCutShort() {
            super("export bound reached", null, false, false);
        }
    }

    /** Every event of one correlation id that the caller's scope holds; 404 when there is none. */
    CorrelationView correlation(String correlationId, Scope scope) {
        ScopedRecords scoped = ScopedRecords.of(scope);
        List<Object> args = new ArrayList<>(List.of(correlationId));
        if (scoped != null) {
            args.addAll(scoped.args());
        }
        args.add(MAX_CORRELATED + 1);
        List<AuditEventView> events = jdbc.query("select " + COLUMNS + " from audit_event a "
                        + "join domain_event_entry d on d.global_index = a.global_index "
                        + "where a.correlation_id = ?" + (scoped == null ? "" : " and " + scoped.sql())
                        + " order by a.global_index limit ?", rows, args.toArray());
        if (events.isEmpty()) {
            throw new NotFoundException("correlation", correlationId);
        }
        boolean truncated = events.size() > MAX_CORRELATED;
        return new CorrelationView(correlationId,
                List.copyOf(truncated ? events.subList(0, MAX_CORRELATED) : events), truncated);
    }

    private String typeOf(String aggregateId) {
        return jdbc.query("select d.type from domain_event_entry d where d.aggregate_identifier = ? "
                + "order by d.sequence_number limit 1", (rs, n) -> rs.getString(1), aggregateId).stream()
                .findFirst().orElse(null);
    }

    /** Refuses a filter on an aggregate type the event store has never seen. */
    AuditFilter validated(AuditFilter filter) {
        if (filter.aggregateType() == null) {
            return filter;
        }
        String type = AggregateTypes.canonical("aggregateType", filter.aggregateType());
        requireKnown("aggregateType", type);
        return new AuditFilter(filter.from(), filter.to(), filter.user(), type, filter.eventType(),
                filter.correlationId(), filter.after());
    }

    /** Whether the record is one the scope lets its caller read the events of. */
    private boolean inScope(Scope scope, String type, String id) {
        ScopedRecords scoped = ScopedRecords.of(scope);
        if (scoped == null) {
            return true;
        }
        List<Object> args = new ArrayList<>(List.of(type, id));
        args.addAll(scoped.args());
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from (values (cast(? as varchar), "
                + "cast(? as varchar))) a (aggregate_type, aggregate_id) where " + scoped.sql() + ")", Boolean.class,
                args.toArray()));
    }

    private void requireKnown(String field, String type) {
        Boolean known = jdbc.queryForObject("select exists (select 1 from domain_event_entry where type = ?)",
                Boolean.class, type);
        if (!Boolean.TRUE.equals(known)) {
            throw new InvalidValueException(field, "is not a known aggregate type: " + type);
        }
    }

    private record Query(StringBuilder sql, List<Object> args) {
    }

    private static Query trail(AuditFilter filter, Scope scope) {
        Query query = new Query(new StringBuilder("select " + COLUMNS + " from audit_event a "
                + "join domain_event_entry d on d.global_index = a.global_index "
                // the cursor on both sides: else a merge join reads the event store from its start up to the cursor
                + "where a.global_index > ? and d.global_index > ?"),
                new ArrayList<>(List.of(filter.after(), filter.after())));
        condition(query, "a.occurred_at >= ?", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        condition(query, "a.occurred_at < ?", filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        condition(query, "a.user_id = ?", filter.user());
        condition(query, "a.aggregate_type = ?", filter.aggregateType());
        condition(query, "a.event_type = ?", filter.eventType());
        condition(query, "a.correlation_id = ?", filter.correlationId());
        ScopedRecords scoped = ScopedRecords.of(scope);
        if (scoped != null) {
            query.sql.append(" and ").append(scoped.sql());
            query.args.addAll(scoped.args());
        }
        query.sql.append(" order by a.global_index");
        return query;
    }

    private static void condition(Query query, String sql, Object value) {
        if (value != null) {
            query.sql.append(" and ").append(sql);
            query.args.add(value);
        }
    }

    private AuditEventView view(ResultSet rs, int row) throws SQLException {
        Map<String, Object> metadata = metadata(rs.getBytes("meta_data"));
        try {
            return new AuditEventView(
                    rs.getLong("global_index"),
                    rs.getString("type"),
                    rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"),
                    AggregateTypes.simpleName(rs.getString("payload_type")),
                    rs.getString("payload_revision"),
                    Instant.parse(rs.getString("time_stamp")),
                    payloads.readable(rs.getString("payload_type"), json.readTree(rs.getBytes("payload"))),
                    text(metadata, "userId"),
                    text(metadata, "clientIp"),
                    text(metadata, "userAgent"),
                    text(metadata, "correlationId"),
                    text(metadata, "causationId"),
                    text(metadata, "commandName"));
        } catch (IOException e) {
            throw new UncheckedIOException("event " + rs.getLong("global_index") + " has an unreadable payload", e);
        }
    }

    private Map<String, Object> metadata(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Map.of();
        }
        try {
            return json.readValue(bytes, METADATA);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event metadata", e);
        }
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
