-- Who to tell when a product is backordered: its preferred supplier and that supplier's e-mail address.
alter table notification_product add column preferred_supplier_id varchar(64);

create table notification_supplier (
    supplier_id varchar(64)  not null primary key,
    name        varchar(200) not null,
    email       varchar(254)
);
