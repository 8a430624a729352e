-- How much of each purchase order line stands on invoices, written with each invoice's registration or rejection.
create table cmd_invoiced_quantity (
    purchase_order_id varchar(64)    not null,
    line_id           varchar(16)    not null,
    quantity          numeric(19, 3) not null,
    primary key (purchase_order_id, line_id)
);
