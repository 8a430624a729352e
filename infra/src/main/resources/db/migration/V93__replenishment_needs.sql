-- What replenishment needs to raise a draft line to the product's whole shortfall in a warehouse: the quantity each
-- open backorder still waits for, and which warehouse each purchase order delivers to (for what is already on order).
alter table cmd_order_open_backorder add column remaining numeric(19, 3);
update cmd_order_open_backorder o set remaining = b.remaining from backorder_view b where b.id = o.backorder_id;

alter table cmd_purchase_order add column warehouse_id varchar(64);
update cmd_purchase_order o set warehouse_id = p.warehouse_id from purchase_order_view p
where p.id = o.purchase_order_id;
create index cmd_purchase_order_warehouse on cmd_purchase_order (warehouse_id, status);
