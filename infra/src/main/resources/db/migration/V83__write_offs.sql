-- Every write-off: written off (the stock left), pending (waiting for a manager's approval) or rejected; with how the
-- waste is disposed of and its value by the valuation rule. What the waste report sums.
create table write_off_view (
    id               varchar(100)   not null primary key,
    stock_item_id    varchar(64)    not null,
    product_id       varchar(64)    not null,
    warehouse_id     varchar(64)    not null,
    status           varchar(16)    not null,
    quantity         numeric(19, 3) not null,
    unit             varchar(16)    not null,
    reason           varchar(500)   not null,
    batch            varchar(64),
    disposal_method  varchar(16),
    value            numeric(19, 4),
    currency         varchar(3),
    requested_by     varchar(64),
    requested_at     timestamptz    not null,
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_reason  varchar(500),
    version          bigint         not null
);
create index write_off_view_status on write_off_view (status, requested_at);
create index write_off_view_stock_item on write_off_view (stock_item_id, requested_at);

-- the product and warehouse of each stock item, which its write-off events do not repeat
create table write_off_stock_item_ref (
    stock_item_id varchar(64) not null primary key,
    product_id    varchar(64) not null,
    warehouse_id  varchar(64) not null
);

insert into write_off_stock_item_ref (stock_item_id, product_id, warehouse_id)
select aggregate_identifier, p ->> 'productId', p ->> 'warehouseId'
from domain_event_entry
cross join lateral (select convert_from(payload, 'UTF8')::jsonb as p) payload
where payload_type = 'com.opsledger.kernel.stockitem.StockItemOpenedEvent'
on conflict do nothing;

-- the write-offs recorded before this table existed: written off, without disposal method or value
insert into write_off_view (id, stock_item_id, product_id, warehouse_id, status, quantity, unit, reason, batch,
                            requested_by, requested_at, decided_at, version)
select e.aggregate_identifier || '/' || e.sequence_number, e.aggregate_identifier, r.product_id, r.warehouse_id,
       'written-off', (p -> 'quantity' ->> 'amount')::numeric, p -> 'quantity' ->> 'unit', p ->> 'reason',
       (select string_agg(distinct b ->> 'batch', ', ') from jsonb_array_elements(p -> 'batches') b),
       convert_from(e.meta_data, 'UTF8')::jsonb ->> 'userId', e.time_stamp::timestamptz, e.time_stamp::timestamptz,
       e.sequence_number
from domain_event_entry e
cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb as p) payload
join write_off_stock_item_ref r on r.stock_item_id = e.aggregate_identifier
where e.payload_type = 'com.opsledger.kernel.stockitem.StockWrittenOffEvent'
on conflict do nothing;
