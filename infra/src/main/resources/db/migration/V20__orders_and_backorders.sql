-- Customers, orders and backorders: the command side's lookups (written in the command's transaction by a
-- subscribed processor) and the PostgreSQL read models.
create table cmd_order_customer (
    customer_id varchar(64) not null primary key,
    tier        varchar(16) not null
);

create table cmd_order_stock_item (
    stock_item_id varchar(64)    not null primary key,
    product_id    varchar(64)    not null,
    warehouse_id  varchar(64)    not null,
    unit          varchar(16)    not null,
    available     numeric(19, 3) not null,
    constraint cmd_order_stock_item_product_warehouse unique (product_id, warehouse_id)
);

create table cmd_order_product (
    product_id     varchar(64) not null primary key,
    lead_time_days integer     not null
);

-- what the stock slice recorded before these lookups existed
insert into cmd_order_stock_item (stock_item_id, product_id, warehouse_id, unit, available)
select id, product_id, warehouse_id, unit, available from stock_item_view on conflict do nothing;
insert into cmd_order_product (product_id, lead_time_days)
select id, lead_time_days from product_view on conflict do nothing;

create table customer_view (
    id                       varchar(64)  not null primary key,
    name                     varchar(200) not null,
    name_lower               varchar(200) not null,
    email                    varchar(254) not null,
    email_lower              varchar(254) not null,
    phone                    varchar(40),
    tier                     varchar(16)  not null,
    addresses                jsonb        not null,
    communication_preference varchar(16)  not null,
    version                  bigint       not null,
    created_at               timestamp(6) with time zone not null,
    updated_at               timestamp(6) with time zone not null
);
create index customer_view_name_lower on customer_view (name_lower varchar_pattern_ops);
create index customer_view_email_lower on customer_view (email_lower varchar_pattern_ops);

create table order_view (
    id               varchar(64) not null primary key,
    customer_id      varchar(64) not null,
    warehouse_id     varchar(64) not null,
    status           varchar(16) not null,
    delivery_address jsonb,
    requested_date   date,
    placed_at        timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          bigint      not null
);
create index order_view_customer on order_view (customer_id, placed_at desc);
create index order_view_placed on order_view (placed_at desc);

create table order_line_view (
    id            varchar(64)    not null primary key,
    order_id      varchar(64)    not null,
    position      integer        not null,
    product_id    varchar(64)    not null,
    stock_item_id varchar(64)    not null,
    unit          varchar(16)    not null,
    quantity      numeric(19, 3) not null,
    reserved      numeric(19, 3) not null,
    backordered   numeric(19, 3) not null,
    allocated     numeric(19, 3) not null,
    cancelled     numeric(19, 3) not null,
    status        varchar(16)    not null,
    backorder_id  varchar(64)
);
create index order_line_view_order on order_line_view (order_id, position);

create table backorder_view (
    id              varchar(64)    not null primary key,
    order_id        varchar(64)    not null,
    line_id         varchar(64)    not null,
    customer_id     varchar(64)    not null,
    product_id      varchar(64)    not null,
    warehouse_id    varchar(64)    not null,
    stock_item_id   varchar(64)    not null,
    unit            varchar(16)    not null,
    quantity        numeric(19, 3) not null,
    allocated       numeric(19, 3) not null,
    remaining       numeric(19, 3) not null,
    status          varchar(16)    not null,
    priority        integer        not null,
    priority_reason varchar(500),
    eta             date,
    eta_basis       varchar(100),
    sla_due_date    timestamp(6) with time zone,
    sla_state       varchar(16)    not null,
    order_placed_at timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint         not null
);
create index backorder_view_customer on backorder_view (customer_id);
create index backorder_view_product_warehouse on backorder_view (product_id, warehouse_id);
create index backorder_view_status on backorder_view (status, priority desc);

create table backorder_allocation_view (
    reservation_id varchar(64)    not null primary key,
    backorder_id   varchar(64)    not null,
    quantity       numeric(19, 3) not null,
    allocated_at   timestamp(6) with time zone not null
);
create index backorder_allocation_view_backorder on backorder_allocation_view (backorder_id, allocated_at);

create table notification_recipient (
    customer_id varchar(64) not null primary key,
    name        varchar(200),
    email       varchar(254),
    phone       varchar(40),
    preference  varchar(16) not null
);

create table notification_view (
    id           varchar(100)  not null primary key,
    audience     varchar(16)   not null,
    kind         varchar(40)   not null,
    customer_id  varchar(64),
    backorder_id varchar(64),
    order_id     varchar(64),
    product_id   varchar(64),
    channel      varchar(16)   not null,
    recipient    varchar(254),
    subject      varchar(300)  not null,
    body         text          not null,
    status       varchar(16)   not null,
    detail       varchar(1000),
    created_at   timestamp(6) with time zone not null
);
create index notification_view_customer on notification_view (customer_id, created_at desc);
create index notification_view_backorder on notification_view (backorder_id, created_at desc);

create table notification_product (
    product_id varchar(64)  not null primary key,
    sku        varchar(64)  not null,
    name       varchar(200) not null
);

-- open backorders whose ETA follows a product's lead time, to re-estimate them when it changes
create table cmd_order_open_backorder (
    backorder_id    varchar(64)  not null primary key,
    product_id      varchar(64)  not null,
    order_placed_at timestamp(6) with time zone not null,
    eta_basis       varchar(100)
);
create index cmd_order_open_backorder_product on cmd_order_open_backorder (product_id);
