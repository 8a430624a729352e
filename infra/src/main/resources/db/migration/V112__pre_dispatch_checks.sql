-- The latest pre-dispatch quality decision of each batch of a product in a warehouse, which dispatch consults
-- (batch_key '' for stock without a batch). Decisions taken before this table existed are carried over.
create table cmd_pre_dispatch_check (
    product_id   varchar(64)  not null,
    warehouse_id varchar(64)  not null,
    batch_key    varchar(100) not null,
    passed       boolean      not null,
    primary key (product_id, warehouse_id, batch_key)
);

insert into cmd_pre_dispatch_check (product_id, warehouse_id, batch_key, passed)
select distinct on (product_id, warehouse_id, coalesce(batch, ''))
       product_id, warehouse_id, coalesce(batch, ''), status = 'passed'
from quality_check_view
where check_type = 'pre-dispatch' and status in ('passed', 'rejected')
order by product_id, warehouse_id, coalesce(batch, ''), updated_at desc;
