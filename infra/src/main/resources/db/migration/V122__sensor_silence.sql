-- The last reading of each sensor at each location: a sensor is known at a location once it has sent a reading there,
-- and it is silent once its last reading is older than opsledger.cold-chain.sensor-silence. The silence check reads
-- this table, not the time series.
create table sensor_last_reading (
    storage_location_id varchar(64) not null,
    sensor_id           varchar(64) not null,
    last_at             timestamptz not null,
    primary key (storage_location_id, sensor_id)
);
create index sensor_last_reading_at on sensor_last_reading (last_at);

insert into sensor_last_reading (storage_location_id, sensor_id, last_at)
select storage_location_id, sensor_id, max(at) from sensor_reading group by storage_location_id, sensor_id;
