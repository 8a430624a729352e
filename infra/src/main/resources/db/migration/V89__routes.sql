-- Routes: what the command side books for them (a vehicle and a driver per date, each delivery once), their read
-- model, and the positions their vehicles report with the arrival estimates that follow (a time series, not events).
create sequence route_number_seq start with 1 increment by 1 no cycle;

create table cmd_route_booking (
    kind        varchar(16) not null,
    resource_id varchar(64) not null,
    route_date  date        not null,
    route_id    varchar(64) not null,
    primary key (kind, resource_id, route_date)
);

create table cmd_route_delivery (
    delivery_id varchar(64) not null primary key,
    route_id    varchar(64) not null
);

create table cmd_route (
    route_id     varchar(64) not null primary key,
    driver_id    varchar(64) not null,
    vehicle_id   varchar(64) not null,
    status       varchar(16) not null,
    warehouse_id varchar(64) not null,
    delivery_ids text        not null
);

create table route_view (
    id                     varchar(64)    not null primary key,
    number                 varchar(16)    not null,
    status                 varchar(16)    not null,
    warehouse_id           varchar(64)    not null,
    route_date             date           not null,
    vehicle_id             varchar(64)    not null,
    driver_id              varchar(64)    not null,
    stops                  jsonb          not null,
    load_kg                numeric(15, 3) not null,
    unweighed_delivery_ids jsonb          not null,
    capacity_kg            numeric(12, 3) not null,
    distance_km            numeric(12, 3),
    duration_minutes       bigint,
    driven_km              numeric(12, 3),
    optimisation           jsonb,
    started_at             timestamp(6) with time zone,
    completed_at           timestamp(6) with time zone,
    version                bigint         not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null
);
create index route_view_driver_date on route_view (driver_id, route_date);
create index route_view_date on route_view (route_date, status);

create table route_position (
    route_id  varchar(64)   not null,
    at        timestamp(6) with time zone not null,
    latitude  numeric(9, 7) not null,
    longitude numeric(10, 7) not null,
    speed_kmh numeric(4, 1),
    primary key (route_id, at)
);

create table route_eta (
    route_id    varchar(64) not null,
    delivery_id varchar(64) not null,
    eta         timestamp(6) with time zone not null,
    primary key (route_id, delivery_id)
);
