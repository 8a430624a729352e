-- Procurement: what the command side needs to know across aggregates, and the read models of suppliers and
-- purchase orders.
create sequence purchase_order_number_seq start with 1 increment by 1 no cycle;

create table cmd_supplier (
    supplier_id        varchar(64) not null primary key,
    status             varchar(16) not null,
    payment_terms_days integer     not null
);

create table cmd_supplier_product (
    supplier_id    varchar(64)    not null,
    product_id     varchar(64)    not null,
    price          numeric(19, 4) not null,
    currency       varchar(3)     not null,
    lead_time_days integer        not null,
    primary key (supplier_id, product_id)
);

create table cmd_preferred_supplier (
    product_id  varchar(64) not null primary key,
    supplier_id varchar(64) not null
);

create table cmd_replenishment_draft (
    supplier_id       varchar(64) not null,
    warehouse_id      varchar(64) not null,
    currency          varchar(3)  not null,
    purchase_order_id varchar(64) not null unique,
    primary key (supplier_id, warehouse_id, currency)
);

create table supplier_view (
    id             varchar(64)  not null primary key,
    code           varchar(32)  not null,
    code_upper     varchar(32)  not null,
    name           varchar(200) not null,
    name_lower     varchar(200) not null,
    contact_person varchar(200),
    email          varchar(254),
    phone          varchar(32),
    address        varchar(500),
    payment_terms  varchar(16)  not null,
    lead_time_days integer      not null,
    status         varchar(16)  not null,
    products       jsonb        not null,
    version        bigint       not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index supplier_view_code_upper on supplier_view (code_upper varchar_pattern_ops);
create index supplier_view_name_lower on supplier_view (name_lower varchar_pattern_ops);

create table purchase_order_view (
    id            varchar(64)    not null primary key,
    number        varchar(16)    not null,
    supplier_id   varchar(64)    not null,
    warehouse_id  varchar(64)    not null,
    status        varchar(24)    not null,
    currency      varchar(3)     not null,
    lines         jsonb          not null,
    subtotal      numeric(19, 4) not null,
    discount      numeric(19, 4) not null,
    tax           numeric(19, 4) not null,
    total         numeric(19, 4) not null,
    expected_date date,
    approved_by   varchar(100),
    origin        varchar(300),
    history       jsonb          not null,
    version       bigint         not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index purchase_order_view_supplier on purchase_order_view (supplier_id, created_at);
create index purchase_order_view_status on purchase_order_view (status, created_at);
create index purchase_order_view_created on purchase_order_view (created_at);
