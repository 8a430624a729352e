-- The projections declared to back-fill their history (@BackfillsHistory) that have joined this installation: a
-- declared projection without a row is new here and, where its shared processor has already passed events, is
-- rebuilt from the first event before it serves on its own.
create table projection_backfill (
    projection varchar(200) not null primary key,
    joined_at  timestamp(6) with time zone not null,
    backfilled boolean not null
);
