-- The last price each product was bought at: the line price of its latest delivery, in the purchase order's currency.
-- The valuation rule falls back to it where a product has no cost. Written by the procurement lookups in the
-- transaction of the receipt.
create table cmd_purchase_price (
    product_id        varchar(64)    not null primary key,
    purchase_order_id varchar(64)    not null,
    unit_price        numeric(19, 4) not null,
    currency          varchar(3)     not null,
    priced_at         timestamptz    not null
);

-- the deliveries recorded before this lookup existed
insert into cmd_purchase_price (product_id, purchase_order_id, unit_price, currency, priced_at)
select distinct on (l.product_id) l.product_id, l.purchase_order_id, l.unit_price, o.currency,
       e.time_stamp::timestamptz
from domain_event_entry e
cross join lateral jsonb_array_elements(convert_from(e.payload, 'UTF8')::jsonb -> 'lines') as delivered(line)
join cmd_purchase_order_line l
  on l.purchase_order_id = e.aggregate_identifier and l.line_id = delivered.line ->> 'lineId'
join cmd_purchase_order o on o.purchase_order_id = l.purchase_order_id
where e.payload_type = 'com.opsledger.kernel.purchaseorder.PurchaseOrderGoodsReceivedEvent'
order by l.product_id, e.global_index desc;
