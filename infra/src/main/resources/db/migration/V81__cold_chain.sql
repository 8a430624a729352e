-- Sensor readings: a time series, partitioned by month of the reading's own time; the partitions are created as
-- readings for a month first arrive (sensor_reading_partition). A reading sent twice is kept once.
create table sensor_reading (
    storage_location_id varchar(64)  not null,
    sensor_id           varchar(64)  not null,
    at                  timestamptz  not null,
    temperature_c       numeric(5, 2) not null,
    humidity_pct        numeric(5, 2),
    primary key (storage_location_id, at, sensor_id)
) partition by range (at);

-- Creates the partition of the month starting on month_start (a first day of a month) unless it exists; answers its
-- name. Two calls racing for one month both succeed.
create function sensor_reading_partition(month_start date) returns text language plpgsql as $$
declare
    name text := 'sensor_reading_' || to_char(month_start, 'YYYY_MM');
begin
    if to_regclass(name) is null then
        begin
            execute format('create table if not exists %I partition of sensor_reading for values from (%L) to (%L)',
                           name, month_start::timestamp at time zone 'UTC',
                           (month_start + interval '1 month')::timestamp at time zone 'UTC');
        exception when duplicate_table or unique_violation then
            null;
        end;
    end if;
    return name;
end;
$$;

create table storage_location_view (
    id                varchar(64)   not null primary key,
    warehouse_id      varchar(64)   not null,
    code              varchar(32)   not null,
    name              varchar(200)  not null,
    kind              varchar(16)   not null,
    temperature_min_c numeric(5, 2) not null,
    temperature_max_c numeric(5, 2) not null,
    humidity_min_pct  numeric(5, 2),
    humidity_max_pct  numeric(5, 2),
    open_alert_id     varchar(64),
    version           bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index storage_location_view_warehouse on storage_location_view (warehouse_id, code);

create table temperature_alert_view (
    id                  varchar(64)   not null primary key,
    kind                varchar(24)   not null,
    status              varchar(16)   not null,
    storage_location_id varchar(64)   not null,
    warehouse_id        varchar(64)   not null,
    sensor_id           varchar(64),
    started_at          timestamptz   not null,
    confirmed_at        timestamptz,
    ended_at            timestamptz,
    temperature_c       numeric(5, 2),
    peak_temperature_c  numeric(5, 2),
    temperature_min_c   numeric(5, 2),
    temperature_max_c   numeric(5, 2),
    acknowledged_by     varchar(64),
    acknowledged_at     timestamptz,
    note                varchar(2000),
    resolved_at         timestamptz,
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index temperature_alert_view_status on temperature_alert_view (status, warehouse_id, started_at);
create index temperature_alert_view_location on temperature_alert_view (storage_location_id, started_at);
