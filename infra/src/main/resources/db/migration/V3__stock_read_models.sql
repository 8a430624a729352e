-- PostgreSQL read models of products, warehouses and stock, each owned by one projection.
create table product_view (
    id             varchar(64)    not null primary key,
    sku            varchar(64)    not null,
    sku_upper      varchar(64)    not null,
    name           varchar(200)   not null,
    name_lower     varchar(200)   not null,
    unit           varchar(16)    not null,
    reorder_point  numeric(19, 3) not null,
    lead_time_days integer        not null,
    description    varchar(2000),
    version        bigint         not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index product_view_sku_upper on product_view (sku_upper varchar_pattern_ops);
create index product_view_name_lower on product_view (name_lower varchar_pattern_ops);

create table warehouse_view (
    id         varchar(64)  not null primary key,
    code       varchar(32)  not null,
    code_upper varchar(32)  not null,
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamp(6) with time zone not null
);
create index warehouse_view_code_upper on warehouse_view (code_upper);

create table stock_item_product_ref (
    product_id    varchar(64)    not null primary key,
    sku           varchar(64)    not null,
    name          varchar(200)   not null,
    reorder_point numeric(19, 3) not null
);

create table stock_item_warehouse_ref (
    warehouse_id varchar(64) not null primary key,
    code         varchar(32) not null
);

create table stock_item_view (
    id                  varchar(64)    not null primary key,
    product_id          varchar(64)    not null,
    warehouse_id        varchar(64)    not null,
    sku                 varchar(64)    not null,
    product_name        varchar(200)   not null,
    warehouse_code      varchar(32),
    unit                varchar(16)    not null,
    on_hand             numeric(19, 3) not null,
    reserved            numeric(19, 3) not null,
    available           numeric(19, 3) not null,
    reorder_point       numeric(19, 3) not null,
    below_reorder_point boolean        not null,
    batches             jsonb          not null,
    version             bigint         not null,
    updated_at          timestamp(6) with time zone not null
);
create index stock_item_view_product on stock_item_view (product_id);
create index stock_item_view_warehouse on stock_item_view (warehouse_id);
create index stock_item_view_below on stock_item_view (below_reorder_point) where below_reorder_point;
create index stock_item_view_sku on stock_item_view (sku, id);

create table stock_movement_view (
    id             varchar(100)   not null primary key,
    stock_item_id  varchar(64)    not null,
    sequence       bigint         not null,
    type           varchar(32)    not null,
    quantity       numeric(19, 3) not null,
    unit           varchar(16)    not null,
    batches        jsonb          not null,
    reservation_id varchar(64),
    reference      varchar(200),
    reason         varchar(500),
    on_hand_after  numeric(19, 3) not null,
    reserved_after numeric(19, 3) not null,
    user_id        varchar(100),
    occurred_at    timestamp(6) with time zone not null
);
create index stock_movement_view_item on stock_movement_view (stock_item_id, sequence desc);

create table reservation_view (
    id            varchar(64)    not null primary key,
    stock_item_id varchar(64)    not null,
    quantity      numeric(19, 3) not null,
    unit          varchar(16)    not null,
    reference     varchar(200)   not null,
    status        varchar(16)    not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index reservation_view_item on reservation_view (stock_item_id, created_at desc);
