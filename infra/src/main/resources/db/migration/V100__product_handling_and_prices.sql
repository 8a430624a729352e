-- Products gain optional handling details (perishable, shelf life, storage temperatures, inspection), a weight per
-- unit, and a list price and cost in one currency. The products recorded before have none of them.
alter table product_view add column perishable boolean not null default false;
alter table product_view add column shelf_life_days integer;
alter table product_view add column storage_temperature_min_c numeric(5, 1);
alter table product_view add column storage_temperature_max_c numeric(5, 1);
alter table product_view add column inspection varchar(32) not null default 'none';
alter table product_view add column weight_kg numeric(12, 3);
alter table product_view add column price numeric(19, 4);
alter table product_view add column cost numeric(19, 4);
alter table product_view add column currency varchar(3);

-- What other aggregates may consult about a product (ProductFacts), written by a subscribed processor
-- (order-lookups) in the transaction of the command whose events it follows.
create table cmd_product_facts (
    product_id      varchar(64)   not null primary key,
    perishable      boolean       not null,
    shelf_life_days integer,
    inspection      varchar(32)   not null,
    weight_kg       numeric(12, 3),
    price           numeric(19, 4),
    cost            numeric(19, 4),
    currency        varchar(3)
);

-- the products recorded before this lookup existed, from the latest of their created/updated events
insert into cmd_product_facts (product_id, perishable, shelf_life_days, inspection, weight_kg, price, cost, currency)
select latest.product_id,
       coalesce((latest.a ->> 'perishable')::boolean, false),
       (latest.a ->> 'shelfLifeDays')::integer,
       coalesce(latest.a ->> 'inspection', 'none'),
       (latest.a ->> 'weightKg')::numeric,
       (latest.a -> 'price' ->> 'amount')::numeric,
       (latest.a -> 'cost' ->> 'amount')::numeric,
       coalesce(latest.a -> 'price' ->> 'currency', latest.a -> 'cost' ->> 'currency')
from (select distinct on (aggregate_identifier) aggregate_identifier as product_id,
             convert_from(payload, 'UTF8')::jsonb -> 'attributes' as a
      from domain_event_entry
      where payload_type in ('com.opsledger.kernel.catalog.ProductCreatedEvent',
                             'com.opsledger.kernel.catalog.ProductUpdatedEvent')
      order by aggregate_identifier, sequence_number desc) latest
on conflict do nothing;
