-- The outcome of each delivery on a route, kept by the route report projection so that it writes each route's
-- delivered, on time and failure counts as absolute values (a redelivered event changes nothing).
create table route_delivery_outcome (
    delivery_id    varchar(64)  not null primary key,
    route_id       varchar(64),
    slot_from      timestamp(6) with time zone,
    slot_to        timestamp(6) with time zone,
    outcome        varchar(16),
    failure_reason varchar(32)
);
create index route_delivery_outcome_route on route_delivery_outcome (route_id);
