-- Deliveries: their numbers, what the Delivery aggregate decides from (an order's reserved goods that are on no
-- active delivery yet, whether a customer wants a code asked at the door), and the delivery read model.
create sequence delivery_number_seq;

create table cmd_delivery_order (
    order_id     varchar(64) not null primary key,
    customer_id  varchar(64) not null,
    warehouse_id varchar(64) not null
);

create table cmd_delivery_line (
    line_id       varchar(64) not null primary key,
    order_id      varchar(64) not null,
    position      integer     not null,
    product_id    varchar(64) not null,
    stock_item_id varchar(64) not null,
    unit          varchar(16) not null
);
create index cmd_delivery_line_order on cmd_delivery_line (order_id, position);

create table cmd_delivery_reservation (
    reservation_id varchar(64)    not null primary key,
    position       bigserial      not null,
    order_id       varchar(64)    not null,
    line_id        varchar(64)    not null,
    quantity       numeric(19, 3) not null,
    delivery_id    varchar(64),
    -- given back with its cancelled order line while a delivery still named it
    released       boolean        not null default false
);
create index cmd_delivery_reservation_order on cmd_delivery_reservation (order_id, position);
create index cmd_delivery_reservation_delivery on cmd_delivery_reservation (delivery_id);

create table cmd_delivery_customer (
    customer_id         varchar(64) not null primary key,
    proof_code_required boolean     not null
);

-- One row per delivery: the columns lists filter and sort on, and the whole view as its evolve left it.
create table delivery_view (
    id           varchar(64) not null primary key,
    number       varchar(16) not null,
    order_id     varchar(64) not null,
    customer_id  varchar(64) not null,
    warehouse_id varchar(64) not null,
    status       varchar(20) not null,
    route_id     varchar(64),
    driver_id    varchar(64),
    slot_from    timestamp(6) with time zone,
    slot_to      timestamp(6) with time zone,
    view         jsonb       not null,
    version      bigint      not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);
create index delivery_view_order on delivery_view (order_id);
create index delivery_view_customer on delivery_view (customer_id, created_at desc);
create index delivery_view_route on delivery_view (route_id);
create index delivery_view_driver on delivery_view (driver_id);
create index delivery_view_created on delivery_view (created_at desc, id);
