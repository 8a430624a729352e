-- Read models of users, roles, sessions and security events, and what the token check reads on every request.
create table auth_user (
    user_id      varchar(64)  not null primary key,
    username     varchar(64)  not null,
    email        varchar(254) not null,
    display_name varchar(200) not null,
    disabled     boolean      not null default false,
    roles        text         not null,
    customer_id  varchar(64),
    supplier_id  varchar(64),
    driver_id    varchar(64),
    locked_until timestamp(6) with time zone,
    totp_enabled boolean      not null default false,
    created_at   timestamp(6) with time zone not null,
    version      bigint       not null
);
create unique index auth_user_username on auth_user (lower(username));

create table auth_role (
    name        varchar(40)  not null primary key,
    description varchar(500) not null,
    permissions text         not null,
    version     bigint       not null
);

create table auth_session (
    session_id        varchar(64) not null primary key,
    user_id           varchar(64) not null,
    client_ip         varchar(64),
    created_at        timestamp(6) with time zone not null,
    last_refreshed_at timestamp(6) with time zone,
    expires_at        timestamp(6) with time zone not null,
    ended_at          timestamp(6) with time zone,
    end_reason        varchar(64)
);
create index auth_session_user on auth_session (user_id, created_at desc);

create table security_event (
    position  bigint       not null primary key,
    user_id   varchar(64),
    type      varchar(64)  not null,
    detail    varchar(500),
    client_ip varchar(64),
    at        timestamp(6) with time zone not null
);
create index security_event_user on security_event (user_id, position desc);
create index security_event_type on security_event (type, position desc);
