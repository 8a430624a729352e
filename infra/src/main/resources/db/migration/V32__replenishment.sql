-- What the replenishment trigger of the command side remembers: each product's reorder point and each stock
-- item's available stock, to propose replenishment once when it falls below the reorder point.
create table cmd_replenishment_product (
    product_id    varchar(64)    not null primary key,
    reorder_point numeric(19, 3) not null
);

create table cmd_replenishment_stock (
    stock_item_id varchar(64)    not null primary key,
    product_id    varchar(64)    not null,
    warehouse_id  varchar(64)    not null,
    available     numeric(19, 3) not null
);
