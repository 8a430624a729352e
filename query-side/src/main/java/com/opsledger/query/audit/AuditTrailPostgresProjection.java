package com.opsledger.query.audit;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import com.opsledger.query.common.BatchedJdbcWrites;
import com.opsledger.query.common.ErasedPeople;
import org.springframework.jdbc.core.JdbcTemplate;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit trail's read model: one row per event of every aggregate, keyed by the event's position, with the audit
 * metadata as indexed columns. It handles any event, so aggregates added later are audited without a change here.
 */
@Component
@ReadModelTables("audit_event")
@ProcessingGroup("audit-trail-postgres")
class AuditTrailPostgresProjection {

    private final JdbcTemplate jdbc;
    private final BatchedJdbcWrites writes;

    AuditTrailPostgresProjection(JdbcTemplate jdbc, BatchedJdbcWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /**
     * The row takes the event's position from the event store itself: a tracking token's position is that of the
     * furthest event read, so an event that filled a gap (committed after later ones) would otherwise take a later
     * event's position and be lost to the conflict with it.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        MetaData metadata = event.getMetaData();
        writes.add("insert into audit_event (global_index, aggregate_type, aggregate_id, sequence_number, event_type, "
                        + "occurred_at, user_id, client_ip, correlation_id, causation_id, command_name) "
                        + "select e.global_index, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from domain_event_entry e "
                        + "where e.event_identifier = ? on conflict (global_index) do nothing",
                domain == null ? null : domain.getType(),
                domain == null ? event.getIdentifier() : domain.getAggregateIdentifier(),
                domain == null ? 0 : domain.getSequenceNumber(),
                AggregateTypes.simpleName(event.getPayloadType().getName()),
                OffsetDateTime.ofInstant(event.getTimestamp(), ZoneOffset.UTC),
                text(metadata, "userId"),
                text(metadata, "clientIp"),
                text(metadata, "correlationId"),
                text(metadata, "causationId"),
                text(metadata, "commandName"),
                event.getIdentifier());
    }

    /**
     * The erasure is audited like any event; then the addresses the erased person (a user, or a customer's portal
     * users) acted from are erased, as their events' metadata now reads. Queued after this batch's inserts.
     */
    @EventHandler
    void on(DataSubjectErasedEvent payload, EventMessage<?> event) {
        on((Object) payload, event);
        writes.add("update audit_event set client_ip = '[erased]' where client_ip is not null and (user_id in "
                + ErasedPeople.USERS + " or (user_id is null and aggregate_id in " + ErasedPeople.USERS + "))",
                payload.subjectId(), payload.subjectId(), payload.subjectId(), payload.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from audit_event");
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
