-- Orders show what of each line is out for delivery and what was delivered; warehouses may carry coordinates.
alter table order_line_view add column out_for_delivery numeric(19, 3) not null default 0;
alter table order_line_view add column delivered numeric(19, 3) not null default 0;
alter table warehouse_view add column latitude numeric(9, 6);
alter table warehouse_view add column longitude numeric(9, 6);
