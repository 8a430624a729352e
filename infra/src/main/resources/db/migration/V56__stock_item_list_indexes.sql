-- The stock items below their reorder point, in the list's default order (sku, then id): a page of them is read from
-- this index instead of sorting every flagged row.
create index stock_item_view_below_sku on stock_item_view (sku, id) where below_reorder_point;
drop index stock_item_view_below;
