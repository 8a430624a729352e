create sequence stocktake_number_seq start with 1 increment by 1 no cycle;

-- What a stocktake decides from: each stock item's on-hand stock and batches now, and each product's category.
-- Written by a subscribed processor (stock-lookups) in the transaction of every stock movement.
create table cmd_stocktake_stock_item (
    stock_item_id varchar(64)    not null primary key,
    product_id    varchar(64)    not null,
    warehouse_id  varchar(64)    not null,
    unit          varchar(16)    not null,
    on_hand       numeric(19, 3) not null
);
create index cmd_stocktake_stock_item_warehouse on cmd_stocktake_stock_item (warehouse_id, product_id);

-- batch_key is '' for stock held without a batch
create table cmd_stocktake_batch (
    stock_item_id varchar(64)    not null,
    batch_key     varchar(64)    not null,
    expiry_date   date,
    quantity      numeric(19, 3) not null,
    primary key (stock_item_id, batch_key)
);

create table cmd_stocktake_product (
    product_id varchar(64) not null primary key,
    category   varchar(100)
);

-- the stock and products recorded before these lookups existed, folded from their events
create temporary table st_event on commit drop as
select aggregate_identifier, sequence_number, payload_type, convert_from(payload, 'UTF8')::jsonb as payload
from domain_event_entry
where payload_type like 'com.opsledger.kernel.stockitem.%' or payload_type like 'com.opsledger.kernel.catalog.Product%';

insert into cmd_stocktake_product (product_id, category)
select distinct on (aggregate_identifier) aggregate_identifier, payload ->> 'category'
from st_event
where payload_type in ('com.opsledger.kernel.catalog.ProductCreatedEvent',
                       'com.opsledger.kernel.catalog.ProductUpdatedEvent')
order by aggregate_identifier, sequence_number desc
on conflict do nothing;

insert into cmd_stocktake_stock_item (stock_item_id, product_id, warehouse_id, unit, on_hand)
select opened.aggregate_identifier, opened.payload ->> 'productId', opened.payload ->> 'warehouseId',
       opened.payload ->> 'unit', coalesce(latest.on_hand, 0)
from st_event opened
left join (select distinct on (aggregate_identifier) aggregate_identifier,
                  (payload -> 'levels' -> 'onHand' ->> 'amount')::numeric as on_hand
           from st_event where payload ? 'levels'
           order by aggregate_identifier, sequence_number desc) latest
       on latest.aggregate_identifier = opened.aggregate_identifier
where opened.payload_type = 'com.opsledger.kernel.stockitem.StockItemOpenedEvent'
on conflict do nothing;

insert into cmd_stocktake_batch (stock_item_id, batch_key, expiry_date, quantity)
select stock_item_id, batch_key, max(expiry_date), sum(quantity)
from (select aggregate_identifier as stock_item_id,
             coalesce(payload -> 'lot' ->> 'batch', payload ->> 'batch', '') as batch_key,
             coalesce(payload -> 'lot' ->> 'expiryDate', payload ->> 'expiryDate')::date as expiry_date,
             (payload -> 'quantity' ->> 'amount')::numeric as quantity
      from st_event where payload_type = 'com.opsledger.kernel.stockitem.StockReceivedEvent'
      union all
      select aggregate_identifier, coalesce(b ->> 'batch', ''), (b ->> 'expiryDate')::date,
             case when payload_type = 'com.opsledger.kernel.stockitem.StockAdjustedEvent'
                  then 1 else -1 end * (b -> 'quantity' ->> 'amount')::numeric
      from st_event, jsonb_array_elements(payload -> 'batches') b
      where payload_type in ('com.opsledger.kernel.stockitem.StockAdjustedEvent',
                             'com.opsledger.kernel.stockitem.StockWrittenOffEvent',
                             'com.opsledger.kernel.stockitem.ReservationIssuedEvent')) changes
group by stock_item_id, batch_key
having sum(quantity) <> 0
on conflict do nothing;
