-- What quality holds of a stock item: on hand, but neither reserved nor available (per batch in "batches").
-- Rows projected before holds were kept here read zero until the stock-items projection is replayed.
alter table stock_item_view add column quarantined numeric(19, 3) not null default 0;
