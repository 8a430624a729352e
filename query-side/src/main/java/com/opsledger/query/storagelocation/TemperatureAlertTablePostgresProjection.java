package com.opsledger.query.storagelocation;

import com.opsledger.kernel.storagelocation.ExcursionEndedEvent;
import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import com.opsledger.kernel.storagelocation.SensorResumedEvent;
import com.opsledger.kernel.storagelocation.SensorSilencedEvent;
import com.opsledger.kernel.storagelocation.TemperatureAlertAcknowledgedEvent;
import com.opsledger.kernel.storagelocation.TemperatureAlertResolvedEvent;
import com.opsledger.kernel.storagelocation.TemperatureAlertView;
import com.opsledger.query.common.ReadModelTables;
import com.opsledger.query.common.StatesInBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.query.storagelocation.StorageLocationTablePostgresProjection.plain;
import static com.opsledger.query.storagelocation.StorageLocationTablePostgresProjection.stripped;

/**
 * The temperature alerts: one per excursion (kind {@code excursion}) or silence of a sensor (kind {@code silence}),
 * open until acknowledged, then acknowledged until its excursion ended (or its sensor is heard again), then resolved.
 * Rows carry the sequence number of their location's last event on them, so an event counts once.
 */
@Component
@ReadModelTables("temperature_alert_view")
@ProcessingGroup("temperature-alerts-postgres")
class TemperatureAlertTablePostgresProjection {

    static final String COLUMNS = "id, kind, status, storage_location_id, warehouse_id, sensor_id, started_at, "
            + "confirmed_at, ended_at, temperature_c, peak_temperature_c, temperature_min_c, temperature_max_c, "
            + "acknowledged_by, acknowledged_at, note, resolved_at, version, created_at, updated_at";

    /** An alert and the bookkeeping of its row. */
    record AlertRow(TemperatureAlertView view, long version, Instant createdAt, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final StatesInBatch<AlertRow> rows;

    TemperatureAlertTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new StatesInBatch<>(TemperatureAlertTablePostgresProjection.class.getName(),
                TemperatureAlertTablePostgresProjection::alertOf, new StatesInBatch.Store<>() {
            @Override
            public Map<String, AlertRow> read(Collection<String> ids) {
                Map<String, AlertRow> read = new HashMap<>();
                jdbc.query("select " + COLUMNS + " from temperature_alert_view where id = any(?)", (ResultSet rs) -> {
                    AlertRow row = new AlertRow(view(rs), rs.getLong("version"),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
                    read.put(row.view().id(), row);
                }, (Object) ids.toArray(String[]::new));
                return read;
            }

            @Override
            public void write(List<AlertRow> alerts) {
                jdbc.batchUpdate("insert into temperature_alert_view (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set "
                        + "status = excluded.status, ended_at = excluded.ended_at, "
                        + "peak_temperature_c = excluded.peak_temperature_c, "
                        + "acknowledged_by = excluded.acknowledged_by, acknowledged_at = excluded.acknowledged_at, "
                        + "note = excluded.note, resolved_at = excluded.resolved_at, version = excluded.version, "
                        + "updated_at = excluded.updated_at where temperature_alert_view.version < excluded.version",
                        alerts.stream().map(TemperatureAlertTablePostgresProjection::arguments).toList());
            }
        });
    }

    private static String alertOf(Object payload) {
        if (payload instanceof ExcursionStartedEvent e) {
            return e.alertId();
        }
        if (payload instanceof ExcursionEndedEvent e) {
            return e.alertId();
        }
        if (payload instanceof TemperatureAlertAcknowledgedEvent e) {
            return e.alertId();
        }
        if (payload instanceof SensorSilencedEvent e) {
            return e.alertId();
        }
        if (payload instanceof SensorResumedEvent e) {
            return e.alertId();
        }
        return payload instanceof TemperatureAlertResolvedEvent e ? e.alertId() : null;
    }

    @EventHandler
    void on(ExcursionStartedEvent e, DomainEventMessage<?> message) {
        if (rows.find(e.alertId()).isPresent()) {
            return;
        }
        rows.put(e.alertId(), new AlertRow(new TemperatureAlertView(e.alertId(), "excursion", "open",
                e.storageLocationId(), e.warehouseId(), e.sensorId(), e.startedAt(), e.confirmedAt(), null,
                plain(e.temperatureC()), null, plain(e.range().temperatureMinC()), plain(e.range().temperatureMaxC()),
                null, null, null, null), message.getSequenceNumber(), message.getTimestamp(), message.getTimestamp()));
    }

    @EventHandler
    void on(ExcursionEndedEvent e, DomainEventMessage<?> message) {
        change(e.alertId(), message, a -> new TemperatureAlertView(a.id(), a.kind(), a.status(), a.storageLocationId(),
                a.warehouseId(), a.sensorId(), a.startedAt(), a.confirmedAt(), e.endedAt(), a.temperatureC(),
                plain(e.peakTemperatureC()), a.temperatureMinC(), a.temperatureMaxC(), a.acknowledgedBy(),
                a.acknowledgedAt(), a.note(), a.resolvedAt()));
    }

    @EventHandler
    void on(TemperatureAlertAcknowledgedEvent e, DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get("userId");
        change(e.alertId(), message, a -> new TemperatureAlertView(a.id(), a.kind(), "acknowledged",
                a.storageLocationId(), a.warehouseId(), a.sensorId(), a.startedAt(), a.confirmedAt(), a.endedAt(),
                a.temperatureC(), a.peakTemperatureC(), a.temperatureMinC(), a.temperatureMaxC(),
                userId == null ? null : userId.toString(), message.getTimestamp(), e.note(), a.resolvedAt()));
    }

    @EventHandler
    void on(TemperatureAlertResolvedEvent e, DomainEventMessage<?> message) {
        change(e.alertId(), message, a -> new TemperatureAlertView(a.id(), a.kind(), "resolved",
                a.storageLocationId(), a.warehouseId(), a.sensorId(), a.startedAt(), a.confirmedAt(), a.endedAt(),
                a.temperatureC(), a.peakTemperatureC(), a.temperatureMinC(), a.temperatureMaxC(), a.acknowledgedBy(),
                a.acknowledgedAt(), a.note(), message.getTimestamp()));
    }

    /** A silent sensor's alert: silent since its last reading, found so at {@code confirmedAt}; no temperature. */
    @EventHandler
    void on(SensorSilencedEvent e, DomainEventMessage<?> message) {
        if (rows.find(e.alertId()).isPresent()) {
            return;
        }
        rows.put(e.alertId(), new AlertRow(new TemperatureAlertView(e.alertId(), "silence", "open",
                e.storageLocationId(), e.warehouseId(), e.sensorId(), e.lastReadingAt(), e.detectedAt(), null, null,
                null, null, null, null, null, null, null), message.getSequenceNumber(), message.getTimestamp(),
                message.getTimestamp()));
    }

    @EventHandler
    void on(SensorResumedEvent e, DomainEventMessage<?> message) {
        change(e.alertId(), message, a -> new TemperatureAlertView(a.id(), a.kind(), a.status(), a.storageLocationId(),
                a.warehouseId(), a.sensorId(), a.startedAt(), a.confirmedAt(), e.resumedAt(), a.temperatureC(),
                a.peakTemperatureC(), a.temperatureMinC(), a.temperatureMaxC(), a.acknowledgedBy(),
                a.acknowledgedAt(), a.note(), a.resolvedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from temperature_alert_view");
    }

    private void change(String alertId, DomainEventMessage<?> message,
                        java.util.function.UnaryOperator<TemperatureAlertView> change) {
        AlertRow row = rows.find(alertId).orElseThrow(() -> new IllegalStateException("temperature alert " + alertId
                + " changed before it was projected"));
        if (row.version() >= message.getSequenceNumber()) {
            return;
        }
        rows.put(alertId, new AlertRow(change.apply(row.view()), message.getSequenceNumber(), row.createdAt(),
                message.getTimestamp()));
    }

    private static Object[] arguments(AlertRow row) {
        TemperatureAlertView a = row.view();
        return new Object[]{a.id(), a.kind(), a.status(), a.storageLocationId(), a.warehouseId(), a.sensorId(),
                timestamp(a.startedAt()), timestamp(a.confirmedAt()), timestamp(a.endedAt()), a.temperatureC(),
                a.peakTemperatureC(), a.temperatureMinC(), a.temperatureMaxC(), a.acknowledgedBy(),
                timestamp(a.acknowledgedAt()), a.note(), timestamp(a.resolvedAt()), row.version(),
                timestamp(row.createdAt()), timestamp(row.updatedAt())};
    }

    static TemperatureAlertView view(ResultSet rs) throws SQLException {
        return new TemperatureAlertView(rs.getString("id"), rs.getString("kind"), rs.getString("status"),
                rs.getString("storage_location_id"), rs.getString("warehouse_id"), rs.getString("sensor_id"),
                instant(rs, "started_at"), instant(rs, "confirmed_at"), instant(rs, "ended_at"),
                stripped(rs, "temperature_c"), stripped(rs, "peak_temperature_c"), stripped(rs, "temperature_min_c"),
                stripped(rs, "temperature_max_c"), rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"),
                rs.getString("note"), instant(rs, "resolved_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
