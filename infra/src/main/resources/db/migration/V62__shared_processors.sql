-- The projections now share a processor per store and purpose. An existing installation hands each shared processor
-- the progress of the projections it takes over (segment 0, single-segment processors):
-- * the read model processors start from the least advanced of their projections: the others apply again the few
--   events they had already applied, which changes nothing (every read model write is idempotent);
-- * the process managers start from the most advanced of theirs, so that no process acts twice on an event.
-- Only plain gap-aware tokens are taken over; a projection that was being replayed is rebuilt by a new replay.
insert into token_entry (processor_name, segment, owner, timestamp, token, token_type)
select shared.name, 0, null, t.timestamp, t.token, t.token_type
from (values ('read-models-postgres', '%-postgres', true),
             ('read-models-elastic', '%-elastic', true),
             ('process-managers', null, false)) as shared(name, pattern, least)
cross join lateral (
    select e.timestamp, e.token, e.token_type
    from token_entry e
    where e.segment = 0
      and e.token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'
      and e.token is not null
      and ((shared.pattern is not null and e.processor_name like shared.pattern)
        or (shared.pattern is null and e.processor_name in ('order-process', 'backorder-allocation', 'order-follow-up',
                                                            'replenishment-trigger', 'GoodsReceiptProcessProcessor')))
    order by case when shared.least then (convert_from(e.token, 'UTF8')::jsonb ->> 'index')::bigint end asc,
             case when not shared.least then (convert_from(e.token, 'UTF8')::jsonb ->> 'index')::bigint end desc
    limit 1
) t
where not exists (select 1 from token_entry x where x.processor_name = shared.name);

delete from token_entry
where processor_name not in ('read-models-postgres', 'read-models-elastic', 'process-managers')
  and (processor_name like '%-postgres' or processor_name like '%-elastic'
    or processor_name in ('order-process', 'backorder-allocation', 'order-follow-up', 'replenishment-trigger',
                          'GoodsReceiptProcessProcessor'));
