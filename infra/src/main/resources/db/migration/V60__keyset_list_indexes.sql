-- Every large list's default order, as (sort column, id): a page by cursor, (column, id) > (?, ?) or < (?, ?), starts
-- right at its place in the index at any depth, and a page by number reads its rows in order instead of sorting every
-- match. A btree serves both directions. The stock items' (sku, id) index exists already (V3).

-- customers by name: the varchar_pattern_ops index serves only prefix searches, not an order by name
create index customer_view_name_id on customer_view (name_lower, id);

-- orders, newest first; replaces the index on placed_at alone, which served the from/to filters just the same
create index order_view_placed_id on order_view (placed_at, id);
drop index order_view_placed;

-- backorders and notifications, newest first
create index backorder_view_created_id on backorder_view (created_at, id);
create index notification_view_created_id on notification_view (created_at, id);
