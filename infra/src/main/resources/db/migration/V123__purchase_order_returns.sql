-- What each purchase order line has returned to the supplier after rejected quality checks: an invoice is matched
-- against what was received less what was returned.
alter table cmd_purchase_order_line add column returned numeric(19, 3) not null default 0;
