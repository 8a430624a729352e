package com.opsledger.infra.parking;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events each projection has parked ({@code parked_event}). A failure is recorded in a transaction of its own, at
 * once: the batch it failed in may still be rolled back and retried (a JPA error dooms it, a process's event is always
 * retried without the parked one), and the retry must find it parked. Which projections have parked events is kept in
 * memory (read again every few seconds, and at once after a change made here), so that a batch of a projection with
 * none asks the database nothing.
 */
@Component
public class ParkedEvents {

    static final int MESSAGE_LENGTH = 1000;
    private static final long REFRESH_MILLIS = 2_000;
    private static final String COLUMNS = "projection, event_id, global_index, event_type, aggregate_type, "
            + "aggregate_id, sequence_number, error_class, error_message, behind, attempts, first_failed_at, "
            + "last_failed_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;
    /** Per projection, the event ids and aggregate ids of its parked events (few), as last read. */
    private volatile Map<String, Set<String>> parkedKeys;
    private volatile long readAt;

    ParkedEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Why a projection does not apply an event now. */
    enum Hold {
        NONE,
        /** The event itself is parked for the projection. */
        PARKED,
        /** An earlier event of the same aggregate is parked for the projection: this one waits behind it. */
        BEHIND
    }

    Hold hold(String projection, EventMessage<?> event) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Set<String> keys = parkedKeys().getOrDefault(projection, Set.of());
        if (!keys.contains(event.getIdentifier())
                && (domain == null || !keys.contains(domain.getAggregateIdentifier()))) {
            return Hold.NONE;
        }
        List<Boolean> found = jdbc.queryForList("select event_id = ? from parked_event where projection = ? "
                        + "and dropped_at is null and (event_id = ? or (aggregate_id = ? and sequence_number < ?)) "
                        + "order by (event_id = ?) desc limit 1", Boolean.class, event.getIdentifier(), projection,
                event.getIdentifier(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getIdentifier());
        return found.isEmpty() ? Hold.NONE : found.get(0) ? Hold.PARKED : Hold.BEHIND;
    }

    /** Parks {@code event} for {@code projection}, or counts one more failed attempt of it. */
    void park(String projection, EventMessage<?> event, Throwable error, boolean behind) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Timestamp now = Timestamp.from(Instant.now());
        String errorClass = behind ? "behind" : error.getClass().getName();
        String message = behind ? "an earlier event of aggregate " + domain.getAggregateIdentifier()
                + " is parked for this projection; this one waits for it"
                : Failures.message(error, MESSAGE_LENGTH);
        apart.executeWithoutResult(status -> jdbc.update("insert into parked_event (" + COLUMNS + ") "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict (projection, event_id) do update "
                        + "set error_class = excluded.error_class, error_message = excluded.error_message, "
                        + "behind = excluded.behind, attempts = parked_event.attempts + 1, "
                        + "last_failed_at = excluded.last_failed_at, dropped_at = null, dropped_by = null",
                projection, event.getIdentifier(), globalIndex(event.getIdentifier()), event.getPayloadType().getName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), errorClass, message, behind, now, now));
        changed();
    }

    /** A retry that failed again: one more attempt, with its error. */
    void failedAgain(String projection, String eventId, Throwable error) {
        apart.executeWithoutResult(status -> jdbc.update("update parked_event set attempts = attempts + 1, "
                        + "last_failed_at = ?, error_class = ?, error_message = ?, behind = false "
                        + "where projection = ? and event_id = ?", Timestamp.from(Instant.now()),
                error.getClass().getName(), Failures.message(error, MESSAGE_LENGTH), projection, eventId));
        changed();
    }

    /** Removes the parked event in the current transaction (the one that applied it). */
    void applied(String projection, String eventId) {
        jdbc.update("delete from parked_event where projection = ? and event_id = ?", projection, eventId);
    }

    /** Drops the parked event: it will not be applied; the row stays as the record of who decided so, and when. */
    boolean drop(String projection, String eventId, String userId) {
        int dropped = jdbc.update("update parked_event set dropped_at = ?, dropped_by = ? where projection = ? "
                + "and event_id = ? and dropped_at is null", Timestamp.from(Instant.now()), userId, projection, eventId);
        changed();
        return dropped > 0;
    }

    Optional<ParkedEventView> find(String projection, String eventId) {
        return jdbc.query("select " + COLUMNS + " from parked_event where projection = ? and event_id = ? "
                + "and dropped_at is null", ParkedEvents::view, projection, eventId).stream().findFirst();
    }

    /** The parked events of a projection, oldest event first. */
    List<ParkedEventView> page(String projection, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from parked_event where projection = ? and dropped_at is null "
                + "order by global_index limit ? offset ?", ParkedEvents::view, projection, size, (long) page * size);
    }

    long count(String projection) {
        return jdbc.queryForObject("select count(*) from parked_event where projection = ? and dropped_at is null",
                Long.class, projection);
    }

    /** Whether an event of the same aggregate, earlier than this one, is still parked for the projection. */
    boolean earlierParked(ParkedEventView parked) {
        return parked.aggregateId() != null && parked.sequenceNumber() != null
                && Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from parked_event "
                        + "where projection = ? and aggregate_id = ? and sequence_number < ? and dropped_at is null)",
                Boolean.class, parked.projection(), parked.aggregateId(), parked.sequenceNumber()));
    }

    void changed() {
        readAt = 0;
    }

    /**
     * What {@link #hold} checks in memory before it asks the table: an event that is neither parked itself nor of an
     * aggregate with a parked event is held by nothing, so a projection with a parked event pays no query per event.
     */
    private Map<String, Set<String>> parkedKeys() {
        Map<String, Set<String>> known = parkedKeys;
        if (known == null || System.currentTimeMillis() - readAt > REFRESH_MILLIS) {
            Map<String, Set<String>> read = new HashMap<>();
            jdbc.query("select projection, event_id, aggregate_id from parked_event where dropped_at is null", rs -> {
                Set<String> keys = read.computeIfAbsent(rs.getString(1), projection -> new HashSet<>());
                keys.add(rs.getString(2));
                if (rs.getString(3) != null) {
                    keys.add(rs.getString(3));
                }
            });
            known = Map.copyOf(read);
            parkedKeys = known;
            readAt = System.currentTimeMillis();
        }
        return known;
    }

    /**
     * The event's own position in the event store. (A tracking token's position is that of the furthest event read:
     * an event that filled a gap, committed after later ones, sits before it.)
     */
    private long globalIndex(String eventId) {
        List<Long> found = jdbc.queryForList("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, eventId);
        return found.isEmpty() ? -1 : found.get(0);
    }

    private static ParkedEventView view(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("sequence_number");
        return new ParkedEventView(rs.getString("projection"), rs.getString("event_id"), rs.getLong("global_index"),
                rs.getString("event_type"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                rs.wasNull() ? null : sequence, rs.getString("error_class"), rs.getString("error_message"),
                rs.getBoolean("behind"), rs.getInt("attempts"), rs.getTimestamp("first_failed_at").toInstant(),
                rs.getTimestamp("last_failed_at").toInstant());
    }
}
