-- The audit trail's read model: one row per stored event with the audit metadata as columns, so that the trail can
-- be filtered by user, correlation, aggregate type, event type and time (the event store keeps metadata as bytea).
create table audit_event (
    global_index    bigint       not null primary key,
    aggregate_type  varchar(255),
    aggregate_id    varchar(255) not null,
    sequence_number bigint       not null,
    event_type      varchar(255) not null,
    occurred_at     timestamp(6) with time zone not null,
    user_id         text,
    client_ip       text,
    correlation_id  text,
    causation_id    text,
    command_name    text
);
create index audit_event_user on audit_event (user_id, global_index);
create index audit_event_correlation on audit_event (correlation_id, global_index);
create index audit_event_aggregate_type on audit_event (aggregate_type, global_index);
create index audit_event_event_type on audit_event (event_type, global_index);
create index audit_event_occurred_at on audit_event (occurred_at, global_index);

-- Tells a known aggregate type from an unknown one without scanning the event store.
create index domain_event_entry_type on domain_event_entry (type);
