-- The revisions of seeded roles an installation has had: each is applied once at start-up (through the roles'
-- own commands, so that the change is an event of the role like any other), and never again, so that what an
-- administrator changes afterwards stays.
create table seeded_role_revision (
    id         varchar(100) not null primary key,
    role_name  varchar(40)  not null,
    applied_at timestamptz  not null
);
