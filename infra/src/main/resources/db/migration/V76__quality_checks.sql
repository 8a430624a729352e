-- Quality checks: their numbers, and the read model of each check with its scores, decision and photos.
create sequence quality_check_number_seq start with 1 increment by 1 no cycle;

create table quality_check_view (
    id                varchar(64)    not null primary key,
    number            varchar(32)    not null,
    check_type        varchar(16)    not null,
    status            varchar(16)    not null,
    product_id        varchar(64)    not null,
    warehouse_id      varchar(64)    not null,
    batch             varchar(100),
    quantity          numeric(19, 3),
    unit              varchar(32),
    supplier_id       varchar(64),
    purchase_order_id varchar(64),
    receipt_id        varchar(64),
    stock_item_id     varchar(64),
    scores            jsonb          not null,
    overall_score     numeric(5, 2),
    grade             varchar(16),
    temperature_c     numeric(7, 3),
    humidity_pct      numeric(7, 3),
    weight_kg         numeric(13, 3),
    note              varchar(1000),
    result_note       varchar(1000),
    decision          varchar(16),
    reason            varchar(500),
    corrective_action varchar(500),
    disposition       varchar(32),
    opened_by         varchar(100),
    inspector_id      varchar(100),
    decided_by        varchar(100),
    photos            jsonb          not null,
    opened_at         timestamp(6) with time zone not null,
    decided_at        timestamp(6) with time zone,
    version           bigint         not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);
create index quality_check_view_opened on quality_check_view (opened_at, id);
create index quality_check_view_status on quality_check_view (status, opened_at);
create index quality_check_view_supplier on quality_check_view (supplier_id, opened_at) where supplier_id is not null;
create index quality_check_view_product on quality_check_view (product_id, opened_at);
