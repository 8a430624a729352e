-- The event store and the sagas are written with plain JDBC inserts that leave the generated keys out: the database
-- numbers each new event from the sequence the global index always came from (one at a time, so tracking tokens see
-- no gaps but those of concurrent commits), and each association value from its own sequence.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_global_index_seq');
alter table association_value_entry alter column id set default nextval('association_value_entry_seq');
