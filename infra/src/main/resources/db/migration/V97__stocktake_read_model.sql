-- Stocktakes as their events leave them: the whole view (items, count history, variances) in one document, and the
-- columns the list filters and sorts on.
create table stocktake_view (
    id           varchar(64) not null primary key,
    number       varchar(16) not null,
    warehouse_id varchar(64) not null,
    status       varchar(24) not null,
    blind        boolean     not null,
    document     jsonb       not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index stocktake_view_warehouse on stocktake_view (warehouse_id, created_at);
create index stocktake_view_status on stocktake_view (status, created_at);
