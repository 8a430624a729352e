-- Open backorders by product and warehouse, so a purchase order for that pair can set their ETA.
alter table cmd_order_open_backorder add column warehouse_id varchar(64);
update cmd_order_open_backorder o set warehouse_id = b.warehouse_id from backorder_view b where b.id = o.backorder_id;
create index cmd_order_open_backorder_product_warehouse on cmd_order_open_backorder (product_id, warehouse_id);
create index cmd_order_open_backorder_basis on cmd_order_open_backorder (eta_basis);
