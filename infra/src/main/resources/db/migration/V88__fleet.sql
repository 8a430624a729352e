-- The fleet: vehicles and drivers, what routes need to know of them on the command side, and their read models.
create table cmd_vehicle (
    vehicle_id  varchar(64)    not null primary key,
    capacity_kg numeric(12, 3) not null,
    status      varchar(16)    not null
);

create table cmd_driver (
    driver_id      varchar(64) not null primary key,
    licence_expiry date        not null
);

create table vehicle_view (
    id                    varchar(64)    not null primary key,
    number                varchar(20)    not null,
    number_upper          varchar(20)    not null,
    type                  varchar(16)    not null,
    model                 varchar(100),
    capacity_kg           numeric(12, 3) not null,
    fuel_type             varchar(16)    not null,
    insurance_expiry      date,
    registration_expiry   date,
    next_maintenance_date date,
    status                varchar(16)    not null,
    status_reason         varchar(500),
    version               bigint         not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null
);
create index vehicle_view_number_upper on vehicle_view (number_upper varchar_pattern_ops);

create table driver_view (
    id             varchar(64)  not null primary key,
    name           varchar(200) not null,
    name_lower     varchar(200) not null,
    phone          varchar(32)  not null,
    licence_number varchar(32)  not null,
    licence_expiry date         not null,
    version        bigint       not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index driver_view_name_lower on driver_view (name_lower varchar_pattern_ops);
