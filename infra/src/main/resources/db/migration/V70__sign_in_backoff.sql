-- Failed sign-ins by client IP ("ip:<address>") and by user name ("user:<name>"): after a few, further sign-ins for
-- that key wait until blocked_until, a delay that doubles with every failure; a success forgets the keys.
create table sign_in_backoff (
    backoff_key     varchar(200) not null primary key,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone
);
create index sign_in_backoff_last_failure on sign_in_backoff (last_failure_at);
