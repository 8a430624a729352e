-- Read models of supplier invoices and their payments.
create table invoice_view (
    id                varchar(64)    not null primary key,
    number            varchar(64)    not null,
    purchase_order_id varchar(64)    not null,
    supplier_id       varchar(64)    not null,
    status            varchar(16)    not null,
    matched           boolean        not null,
    invoice_date      date           not null,
    due_date          date           not null,
    currency          varchar(3)     not null,
    subtotal          numeric(19, 4) not null,
    total             numeric(19, 4) not null,
    paid              numeric(19, 4) not null,
    outstanding       numeric(19, 4) not null,
    lines             jsonb          not null,
    accepted_by       varchar(100),
    version           bigint         not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null
);
create index invoice_view_supplier on invoice_view (supplier_id, invoice_date);
create index invoice_view_purchase_order on invoice_view (purchase_order_id);
create index invoice_view_due on invoice_view (due_date) where status not in ('PAID', 'REJECTED');

create table payment_view (
    id                varchar(64)    not null primary key,
    invoice_id        varchar(64)    not null,
    purchase_order_id varchar(64)    not null,
    supplier_id       varchar(64)    not null,
    amount            numeric(19, 4) not null,
    currency          varchar(3)     not null,
    paid_on           date           not null,
    reference         varchar(100),
    recorded_at       timestamp(6) with time zone not null
);
create index payment_view_invoice on payment_view (invoice_id, recorded_at);
create index payment_view_supplier on payment_view (supplier_id, recorded_at);
