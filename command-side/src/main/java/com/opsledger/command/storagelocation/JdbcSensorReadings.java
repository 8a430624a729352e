package com.opsledger.command.storagelocation;

import com.opsledger.kernel.storagelocation.ClimateRange;
import com.opsledger.kernel.storagelocation.SensorReading;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The readings time series ({@code sensor_reading}, partitioned by month): the partitions a call needs are created
 * first, and a reading sent twice (same location, sensor and time) is kept once.
 */
@Component
class JdbcSensorReadings implements SensorReadingHistory {

    private static final String IN_RANGE = "temperature_c between ? and ? and (humidity_pct is null or "
            + "((?::numeric is null or humidity_pct >= ?) and (?::numeric is null or humidity_pct <= ?)))";

    private final JdbcTemplate jdbc;

    JdbcSensorReadings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(String storageLocationId, List<SensorReading> readings) {
        TreeSet<LocalDate> months = new TreeSet<>();
        readings.forEach(r -> months.add(r.at().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)));
        months.forEach(month -> jdbc.queryForObject("select sensor_reading_partition(?)", String.class,
                java.sql.Date.valueOf(month)));
        jdbc.batchUpdate("insert into sensor_reading (storage_location_id, sensor_id, at, temperature_c, humidity_pct) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing",
                readings.stream().map(r -> new Object[]{storageLocationId, r.sensorId(), Timestamp.from(r.at()),
                        r.temperatureC(), r.humidityPct()}).toList());
        Map<String, Instant> latest = new TreeMap<>();
        readings.forEach(r -> latest.merge(r.sensorId(), r.at(), (a, b) -> a.isAfter(b) ? a : b));
        jdbc.batchUpdate("insert into sensor_last_reading (storage_location_id, sensor_id, last_at) values (?, ?, ?) "
                        + "on conflict (storage_location_id, sensor_id) do update "
                        + "set last_at = greatest(sensor_last_reading.last_at, excluded.last_at)",
                latest.entrySet().stream().map(e -> new Object[]{storageLocationId, e.getKey(),
                        Timestamp.from(e.getValue())}).toList());
    }

    /** The sensors last heard before {@code cutoff}, by location and then by sensor, with their last reading. */
    Map<String, Map<String, Instant>> lastHeardBefore(Instant cutoff) {
        Map<String, Map<String, Instant>> sensors = new TreeMap<>();
        jdbc.query("select storage_location_id, sensor_id, last_at from sensor_last_reading where last_at < ?",
                (java.sql.ResultSet rs) -> {
                    sensors.computeIfAbsent(rs.getString(1), location -> new TreeMap<>())
                            .put(rs.getString(2), rs.getTimestamp(3).toInstant());
                }, Timestamp.from(cutoff));
        return sensors;
    }

    @Override
    public Optional<Instant> outOfRangeSince(String storageLocationId, ClimateRange range, Instant before) {
        Timestamp until = Timestamp.from(before);
        Timestamp since = jdbc.queryForObject("select min(at) from sensor_reading where storage_location_id = ? "
                        + "and at < ? and at > coalesce((select max(at) from sensor_reading "
                        + "where storage_location_id = ? and at < ? and " + IN_RANGE + "), '-infinity')",
                Timestamp.class, storageLocationId, until, storageLocationId, until, range.temperatureMinC(),
                range.temperatureMaxC(), range.humidityMinPct(), range.humidityMinPct(), range.humidityMaxPct(),
                range.humidityMaxPct());
        return Optional.ofNullable(since).map(Timestamp::toInstant);
    }

    @Override
    public Optional<BigDecimal> furthestOutOfRange(String storageLocationId, ClimateRange range, Instant from,
                                                   Instant to) {
        return jdbc.query("select min(temperature_c), max(temperature_c) from sensor_reading "
                        + "where storage_location_id = ? and at >= ? and at < ?", (rs, row) -> {
                    BigDecimal coldest = rs.getBigDecimal(1);
                    BigDecimal warmest = rs.getBigDecimal(2);
                    if (coldest == null) {
                        return null;
                    }
                    BigDecimal below = range.temperatureMinC().subtract(coldest);
                    BigDecimal above = warmest.subtract(range.temperatureMaxC());
                    if (below.signum() <= 0 && above.signum() <= 0) {
                        return null;
                    }
                    return (above.compareTo(below) >= 0 ? warmest : coldest).stripTrailingZeros();
                }, storageLocationId, Timestamp.from(from), Timestamp.from(to)).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
