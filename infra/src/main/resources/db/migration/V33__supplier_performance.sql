-- How each supplier delivers, owned by the supplier-performance-postgres projection.
create table supplier_performance_view (
    supplier_id          varchar(64)    not null primary key,
    orders_sent          bigint         not null,
    receipts             bigint         not null,
    lines_on_time        bigint         not null,
    lines_received       bigint         not null,
    lead_time_days_total bigint         not null,
    lead_time_samples    bigint         not null,
    ordered_quantity     numeric(19, 3) not null,
    received_quantity    numeric(19, 3) not null
);

create table supplier_performance_order (
    purchase_order_id varchar(64) not null primary key,
    supplier_id       varchar(64) not null,
    sent_on           date,
    lines             jsonb       not null,
    version           bigint      not null
);
