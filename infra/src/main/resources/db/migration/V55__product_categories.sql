-- Products carry an optional free-text category (null = uncategorised); the product list filters on it ignoring case.
alter table product_view add column category varchar(100);
create index product_view_category_lower on product_view (lower(category));

-- Spending per category is summed from the purchase order lines in PostgreSQL, by the time each order was sent.
alter table purchase_order_view add column sent_at timestamp(6) with time zone;
update purchase_order_view o
set sent_at = (select min(case when jsonb_typeof(h -> 'at') = 'number'
                                   -- epoch seconds with a fraction, kept to the microsecond
                                   then to_timestamp(trunc((h ->> 'at')::numeric)::bigint)
                                            + (((h ->> 'at')::numeric - trunc((h ->> 'at')::numeric)) * 1000000)::bigint
                                              * interval '1 microsecond'
                               else (h ->> 'at')::timestamptz end)
               from jsonb_array_elements(o.history) h
               where h ->> 'event' = 'sent');
create index purchase_order_view_sent on purchase_order_view (sent_at) where sent_at is not null;
