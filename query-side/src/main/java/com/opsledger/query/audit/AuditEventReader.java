package com.opsledger.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
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

    AuditEventReader(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                     ObjectMapper json, ObjectProvider<StoredPayloads> payloads) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(EXPORT_FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.payloads = payloads.getIfAvailable(() -> (type, stored) -> stored);
    }

    /** Every event of one record, in order; 400 for a type the event store has never seen, 404 for no events. */
    List<AuditEventView> history(String aggregateType, String aggregateId) {
        String type = AggregateTypes.canonical("aggregateType", aggregateType);
        List<AuditEventView> events = jdbc.query("select " + COLUMNS + " from domain_event_entry d "
                + "where d.aggregate_identifier = ? order by d.sequence_number", rows, aggregateId);
        if (!events.isEmpty() && type.equals(events.get(0).aggregateType())) {
            return events;
        }
        requireKnown("aggregateType", type);
        throw new NotFoundException(type, aggregateId);
    }

    /** One page of the trail after the cursor; {@code nextCursor} is set only when more events follow. */
    AuditTrailPage page(AuditFilter filter, int size) {
        Query query = trail(filter);
        query.sql.append(" limit ?");
        query.args.add(size + 1);
        List<AuditEventView> events = jdbc.query(query.sql.toString(), rows, query.args.toArray());
        boolean more = events.size() > size;
        List<AuditEventView> content = more ? events.subList(0, size) : events;
        return new AuditTrailPage(List.copyOf(content), size,
                more ? content.get(content.size() - 1).globalIndex() : null);
    }

    /** Every event of the filter, one at a time, in position order, inside one read-only transaction. */
    void stream(AuditFilter filter, Consumer<AuditEventView> sink) {
        Query query = trail(filter);
        readOnly.executeWithoutResult(status -> cursor.query(query.sql.toString(),
                (RowCallbackHandler) rs -> sink.accept(view(rs, 0)), query.args.toArray()));
    }

    CorrelationView correlation(String correlationId) {
        List<AuditEventView> events = jdbc.query("select " + COLUMNS + " from audit_event a "
                        + "join domain_event_entry d on d.global_index = a.global_index "
                        + "where a.correlation_id = ? order by a.global_index limit ?", rows, correlationId,
                MAX_CORRELATED + 1);
        if (events.isEmpty()) {
            throw new NotFoundException("correlation", correlationId);
        }
        boolean truncated = events.size() > MAX_CORRELATED;
        return new CorrelationView(correlationId,
                List.copyOf(truncated ? events.subList(0, MAX_CORRELATED) : events), truncated);
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

    private void requireKnown(String field, String type) {
        Boolean known = jdbc.queryForObject("select exists (select 1 from domain_event_entry where type = ?)",
                Boolean.class, type);
        if (!Boolean.TRUE.equals(known)) {
            throw new InvalidValueException(field, "is not a known aggregate type: " + type);
        }
    }

    private record Query(StringBuilder sql, List<Object> args) {
    }

    private static Query trail(AuditFilter filter) {
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
