-- Order lines carry the unit price agreed when the order was placed, orders the currency of their priced lines;
-- backorders the line's price and the product's preferred supplier when they were created. Orders and backorders
-- recorded before were unpriced and keep no supplier.
alter table order_view add column currency varchar(3);
alter table order_line_view add column unit_price numeric(19, 4);
alter table backorder_view add column supplier_id varchar(64);
alter table backorder_view add column unit_price numeric(19, 4);
alter table backorder_view add column currency varchar(3);
