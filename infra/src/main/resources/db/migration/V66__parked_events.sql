-- An event that one projection (processing group) could not apply, set aside for that projection alone while the
-- others, and its later events, go on. An admin retries it (it is applied again through the projection's handlers and
-- the row goes) or drops it (the row stays, with who dropped it and when, as the record of that decision).
create table parked_event (
    projection       varchar(200)  not null,
    event_id         varchar(255)  not null,
    global_index     bigint        not null,
    event_type       varchar(500)  not null,
    aggregate_type   varchar(255),
    aggregate_id     varchar(255),
    sequence_number  bigint,
    -- the error: its class and message, cut to 1000 characters; 'behind' when an earlier event of the same aggregate
    -- is parked for the projection and this one waits for it, to keep the aggregate's order
    error_class      varchar(500)  not null,
    error_message    varchar(1000),
    behind           boolean       not null default false,
    attempts         integer       not null default 1,
    first_failed_at  timestamptz   not null,
    last_failed_at   timestamptz   not null,
    dropped_at       timestamptz,
    dropped_by       varchar(255),
    primary key (projection, event_id)
);

create index parked_event_waiting on parked_event (projection, global_index) where dropped_at is null;
create index parked_event_aggregate on parked_event (projection, aggregate_id) where dropped_at is null;
