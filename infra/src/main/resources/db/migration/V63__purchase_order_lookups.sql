-- What an invoice is matched against: each purchase order's status, supplier, currency and rates, and its lines as
-- ordered and received. Written by a subscribed processor (procurement-lookups) in the transaction of the command
-- whose events it follows.
create table cmd_purchase_order (
    purchase_order_id varchar(64) not null primary key,
    supplier_id       varchar(64) not null,
    currency          varchar(3)  not null,
    status            varchar(24) not null,
    discount_rate     numeric(7, 4),
    tax_rate          numeric(7, 4)
);

create table cmd_purchase_order_line (
    purchase_order_id varchar(64)    not null,
    line_id           varchar(16)    not null,
    product_id        varchar(64)    not null,
    unit              varchar(16)    not null,
    ordered           numeric(19, 3) not null,
    received          numeric(19, 3) not null,
    unit_price        numeric(19, 4) not null,
    primary key (purchase_order_id, line_id)
);

-- the purchase orders recorded before these lookups existed, folded from their events
create temporary table po_event on commit drop as
select aggregate_identifier as purchase_order_id, sequence_number,
       substring(payload_type from 'PurchaseOrder([A-Za-z]+)Event$') as kind,
       convert_from(payload, 'UTF8')::jsonb as payload
from domain_event_entry
where payload_type like 'com.opsledger.kernel.purchaseorder.PurchaseOrder%Event';

insert into cmd_purchase_order (purchase_order_id, supplier_id, currency, status, discount_rate, tax_rate)
select created.purchase_order_id, created.payload ->> 'supplierId', created.payload ->> 'currency',
       coalesce(latest.status, 'DRAFT'), (created.payload ->> 'discountRate')::numeric,
       (created.payload ->> 'taxRate')::numeric
from po_event created
left join (select distinct on (purchase_order_id) purchase_order_id,
                  case kind when 'GoodsReceived' then payload ->> 'statusAfter'
                            when 'Submitted' then 'SUBMITTED' when 'Approved' then 'APPROVED'
                            when 'Rejected' then 'REJECTED' when 'Sent' then 'SENT'
                            when 'Confirmed' then 'CONFIRMED' when 'Cancelled' then 'CANCELLED'
                            when 'Closed' then 'CLOSED' end as status
           from po_event
           where kind in ('GoodsReceived', 'Submitted', 'Approved', 'Rejected', 'Sent', 'Confirmed', 'Cancelled',
                          'Closed')
           order by purchase_order_id, sequence_number desc) latest
       on latest.purchase_order_id = created.purchase_order_id
where created.kind = 'Created'
on conflict do nothing;

insert into cmd_purchase_order_line (purchase_order_id, line_id, product_id, unit, ordered, received, unit_price)
select l.purchase_order_id, l.line ->> 'lineId', l.line ->> 'productId', l.line -> 'quantity' ->> 'unit',
       coalesce(ordered.amount, (l.line -> 'quantity' ->> 'amount')::numeric), coalesce(received.amount, 0),
       (l.line -> 'unitPrice' ->> 'amount')::numeric
from (select purchase_order_id, jsonb_array_elements(payload -> 'lines') as line from po_event where kind = 'Created'
      union all
      select purchase_order_id, payload -> 'line' from po_event where kind = 'LineAdded') l
left join (select distinct on (purchase_order_id, line_id) purchase_order_id, line_id, amount
           from (select purchase_order_id, sequence_number, payload ->> 'lineId' as line_id,
                        (payload -> 'quantity' ->> 'amount')::numeric as amount
                 from po_event where kind = 'LineRaised'
                 union all
                 select purchase_order_id, sequence_number, e ->> 'lineId', (e -> 'quantity' ->> 'amount')::numeric
                 from po_event, jsonb_array_elements(payload -> 'lines') e
                 where kind in ('Confirmed', 'ExpectedDatesChanged')) changes
           order by purchase_order_id, line_id, sequence_number desc) ordered
       on ordered.purchase_order_id = l.purchase_order_id and ordered.line_id = l.line ->> 'lineId'
left join (select distinct on (purchase_order_id, e ->> 'lineId') purchase_order_id, e ->> 'lineId' as line_id,
                  (e -> 'receivedSoFar' ->> 'amount')::numeric as amount
           from po_event, jsonb_array_elements(payload -> 'lines') e
           where kind = 'GoodsReceived'
           order by purchase_order_id, e ->> 'lineId', sequence_number desc) received
       on received.purchase_order_id = l.purchase_order_id and received.line_id = l.line ->> 'lineId'
on conflict do nothing;

-- What each invoice that stands (registered, not rejected) bills of each purchase order line, written by the same
-- processor; it replaces the running totals the invoice's command handlers kept.
create table cmd_invoice_line (
    invoice_id        varchar(64)    not null,
    purchase_order_id varchar(64)    not null,
    line_id           varchar(16)    not null,
    quantity          numeric(19, 3) not null,
    primary key (invoice_id, line_id)
);
create index cmd_invoice_line_purchase_order_line on cmd_invoice_line (purchase_order_id, line_id);

insert into cmd_invoice_line (invoice_id, purchase_order_id, line_id, quantity)
select e.aggregate_identifier, p.payload ->> 'purchaseOrderId', l ->> 'lineId', (l -> 'invoiced' ->> 'amount')::numeric
from domain_event_entry e
cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb as payload) p
cross join lateral jsonb_array_elements(p.payload -> 'lines') l
where e.payload_type = 'com.opsledger.kernel.invoice.InvoiceRegisteredEvent'
  and not exists (select 1 from domain_event_entry r
                  where r.aggregate_identifier = e.aggregate_identifier
                    and r.payload_type = 'com.opsledger.kernel.invoice.InvoiceRejectedEvent')
on conflict do nothing;

drop table cmd_invoiced_quantity;
