package com.opsledger.query.storagelocation;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.storagelocation.FindReadingBucketsQuery;
import com.opsledger.kernel.storagelocation.FindStorageLocationQuery;
import com.opsledger.kernel.storagelocation.ListStorageLocationsQuery;
import com.opsledger.kernel.storagelocation.ListTemperatureAlertsQuery;
import com.opsledger.kernel.storagelocation.ReadingBucketView;
import com.opsledger.kernel.storagelocation.ReadingBucketsView;
import com.opsledger.kernel.storagelocation.StorageLocationView;
import com.opsledger.kernel.storagelocation.TemperatureAlertView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.opsledger.query.storagelocation.StorageLocationTablePostgresProjection.stripped;

@Component
class StorageLocationQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "createdAt", "created_at",
            "updatedAt", "updated_at");
    static final Map<String, String> ALERTS_SORTABLE = Map.of("startedAt", "started_at", "updatedAt", "updated_at");

    private final JdbcTemplate jdbc;

    StorageLocationQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    StorageLocationView handle(FindStorageLocationQuery query) {
        return jdbc.query("select * from storage_location_view where id = ?",
                (rs, row) -> StorageLocationTablePostgresProjection.view(rs), query.storageLocationId()).stream()
                .findFirst().orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<StorageLocationView> handle(ListStorageLocationsQuery query) {
        SqlFilter where = SqlFilter.from("from storage_location_view where true")
                .and("warehouse_id = ?", query.warehouseId())
                .and("kind = ?", query.kind());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, "id",
                (rs, row) -> StorageLocationTablePostgresProjection.view(rs));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<TemperatureAlertView> handle(ListTemperatureAlertsQuery query) {
        SqlFilter where = SqlFilter.from("from temperature_alert_view where true")
                .and("status = ?", query.status())
                .and("warehouse_id = ?", query.warehouseId())
                .and("storage_location_id = ?", query.storageLocationId());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), ALERTS_SORTABLE, Set.of(),
                "id", (rs, row) -> TemperatureAlertTablePostgresProjection.view(rs));
    }

    /** Min, mean and max per bucket of the readings in [from, to); buckets without readings are left out. */
    @QueryHandler
    @Transactional(readOnly = true)
    ReadingBucketsView handle(FindReadingBucketsQuery query) {
        if (handle(new FindStorageLocationQuery(query.storageLocationId())) == null) {
            return null;
        }
        String interval = query.bucket().toSeconds() + " seconds";
        Timestamp from = Timestamp.from(query.from());
        List<ReadingBucketView> buckets = jdbc.query("select date_bin(?::interval, at, ?) as bucket, count(*) as n, "
                        + "min(temperature_c) as t_min, avg(temperature_c) as t_avg, max(temperature_c) as t_max, "
                        + "min(humidity_pct) as h_min, avg(humidity_pct) as h_avg, max(humidity_pct) as h_max "
                        + "from sensor_reading where storage_location_id = ? and at >= ? and at < ? "
                        + "group by 1 order by 1",
                (rs, row) -> {
                    java.time.Instant start = rs.getTimestamp("bucket").toInstant();
                    return new ReadingBucketView(start, start.plus(query.bucket()), rs.getLong("n"),
                            stripped(rs, "t_min"), mean(rs.getBigDecimal("t_avg")), stripped(rs, "t_max"),
                            stripped(rs, "h_min"), mean(rs.getBigDecimal("h_avg")), stripped(rs, "h_max"));
                }, interval, from, query.storageLocationId(), from, Timestamp.from(query.to()));
        return new ReadingBucketsView(query.storageLocationId(), query.from(), query.to(),
                query.bucket().toString(), buckets);
    }

    private static BigDecimal mean(BigDecimal value) {
        return value == null ? null : StorageLocationTablePostgresProjection.plain(value.setScale(2,
                RoundingMode.HALF_UP));
    }
}
