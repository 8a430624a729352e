-- Set-wide rules of the command side, written in the same transaction as the events of the command.
create table cmd_unique_key (
    scope      varchar(64)  not null,
    unique_key varchar(255) not null,
    owner_id   varchar(64)  not null,
    primary key (scope, unique_key)
);

create table cmd_product (
    product_id varchar(64) not null primary key,
    unit       varchar(16) not null
);

create table cmd_warehouse (
    warehouse_id varchar(64) not null primary key
);
