-- Transfers between warehouses: their numbers, and their read model (one row per transfer, lines as JSON).
create sequence transfer_number_seq start with 1 increment by 1 no cycle;

create table transfer_view (
    id                varchar(64)  not null primary key,
    number            varchar(16)  not null,
    status            varchar(24)  not null,
    from_warehouse_id varchar(64)  not null,
    to_warehouse_id   varchar(64)  not null,
    reason            varchar(500),
    expected_date     date,
    lines             jsonb        not null,
    version           bigint       not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);
create index transfer_view_status on transfer_view (status, created_at);
create index transfer_view_from on transfer_view (from_warehouse_id, created_at);
create index transfer_view_to on transfer_view (to_warehouse_id, created_at);
create index transfer_view_lines on transfer_view using gin (lines jsonb_path_ops);
