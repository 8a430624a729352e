-- The storage location a stock item is kept in (null: none in particular).
alter table stock_item_view add column storage_location_id varchar(64);
create index stock_item_view_storage_location on stock_item_view (storage_location_id)
    where storage_location_id is not null;
