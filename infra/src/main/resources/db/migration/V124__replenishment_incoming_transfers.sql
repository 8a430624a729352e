-- What replenishment counts as already coming to a warehouse by transfer: each line of a transfer requested or on
-- the way, less what arrived. Written by a subscribed processor (procurement-lookups) in the transaction of the
-- command whose events it follows.
create table cmd_transfer_incoming (
    transfer_id     varchar(64)    not null,
    line_id         varchar(16)    not null,
    product_id      varchar(64)    not null,
    to_warehouse_id varchar(64)    not null,
    outstanding     numeric(19, 3) not null,
    primary key (transfer_id, line_id)
);
create index cmd_transfer_incoming_product on cmd_transfer_incoming (product_id, to_warehouse_id);

-- the transfers recorded before this lookup existed, from their read model
insert into cmd_transfer_incoming (transfer_id, line_id, product_id, to_warehouse_id, outstanding)
select t.id, l ->> 'lineId', l ->> 'productId', t.to_warehouse_id,
       (l ->> 'quantity')::numeric - (l ->> 'received')::numeric - (l ->> 'lost')::numeric
from transfer_view t, jsonb_array_elements(t.lines) l
where t.status in ('requested', 'in-transit', 'partially-received')
  and (l ->> 'quantity')::numeric - (l ->> 'received')::numeric - (l ->> 'lost')::numeric > 0
on conflict do nothing;
