-- Supplier performance from quality checks of their goods: decisions, passes, and the overall scores decided on.
alter table supplier_performance_view add column quality_checks_decided bigint not null default 0;
alter table supplier_performance_view add column quality_checks_passed bigint not null default 0;
alter table supplier_performance_view add column quality_score_total numeric(19, 2) not null default 0;
alter table supplier_performance_view add column quality_score_samples bigint not null default 0;
