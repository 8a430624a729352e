-- The staff alert inbox: one row per alert, raised and resolved by the events of the records it is about, acknowledged
-- and resolved by people (the events of the alert's own record).
create table alert_view (
    id              varchar(64)   not null primary key,
    kind            varchar(32)   not null,
    status          varchar(16)   not null,
    severity        varchar(16)   not null,
    subject_type    varchar(32)   not null,
    subject_id      varchar(64)   not null,
    warehouse_id    varchar(64),
    customer_id     varchar(64),
    supplier_id     varchar(64),
    title           varchar(300)  not null,
    detail          varchar(2000),
    raised_at       timestamptz   not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(64),
    resolved_at     timestamptz,
    resolved_by     varchar(64),
    note            varchar(2000),
    updated_at      timestamptz   not null
);
create index alert_view_inbox on alert_view (status, kind, raised_at);
create index alert_view_subject on alert_view (subject_id);

-- What the alerts need to know of the records they watch, kept by the same projection.
create table alert_backorder_ref (
    backorder_id varchar(64) not null primary key,
    warehouse_id varchar(64),
    customer_id  varchar(64),
    supplier_id  varchar(64),
    product_id   varchar(64)
);
create table alert_product_ref (
    product_id    varchar(64)    not null primary key,
    sku           varchar(100),
    reorder_point numeric not null
);
create table alert_stock_ref (
    stock_item_id varchar(64)    not null primary key,
    product_id    varchar(64)    not null,
    warehouse_id  varchar(64)    not null,
    available     numeric not null,
    below         boolean        not null,
    episode       integer        not null
);
create index alert_stock_ref_product on alert_stock_ref (product_id);
create table alert_sign_in_ref (
    user_id  varchar(64)   not null primary key,
    failures varchar(4000) not null,
    episode  integer       not null
);

-- The kinds each user leaves out of their inbox.
create table alert_settings_view (
    user_id     varchar(64)   not null primary key,
    muted_kinds varchar(500)  not null,
    updated_at  timestamptz   not null
);
