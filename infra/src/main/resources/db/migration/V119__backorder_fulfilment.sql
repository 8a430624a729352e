-- The fulfilment-time KPI: every backorder with when it was created and, once filled, when and after how many hours
-- (backorder-fulfilment-postgres). The category of its product comes from the projection's own product reference, so
-- that a product's category applies to all of its backorders, as everywhere in the dashboards.
create table backorder_fulfilment_view (
    backorder_id varchar(64)  not null primary key,
    product_id   varchar(64)  not null,
    warehouse_id varchar(64)  not null,
    customer_id  varchar(64)  not null,
    supplier_id  varchar(64),
    status       varchar(16)  not null,
    created_at   timestamp(6) with time zone not null,
    filled_at    timestamp(6) with time zone,
    hours        numeric(14, 6),
    version      bigint       not null
);
create index backorder_fulfilment_view_created on backorder_fulfilment_view (created_at);
create index backorder_fulfilment_view_filled on backorder_fulfilment_view (filled_at) where filled_at is not null;

create table backorder_fulfilment_product_ref (
    product_id varchar(64)  not null primary key,
    category   varchar(200),
    version    bigint       not null
);
