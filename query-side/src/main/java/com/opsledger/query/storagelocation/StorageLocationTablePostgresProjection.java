package com.opsledger.query.storagelocation;

import com.opsledger.kernel.storagelocation.ExcursionEndedEvent;
import com.opsledger.kernel.storagelocation.ExcursionStartedEvent;
import com.opsledger.kernel.storagelocation.StorageLocationCreatedEvent;
import com.opsledger.kernel.storagelocation.StorageLocationEvent;
import com.opsledger.kernel.storagelocation.StorageLocationUpdatedEvent;
import com.opsledger.kernel.storagelocation.StorageLocationView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.common.ReadModelTables;
import com.opsledger.query.common.StatesInBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.opsledger.query.common.Amounts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storage locations with their ranges and the alert of the excursion going on, and a location as it was at any
 * instant: both follow its events through one {@link #evolve}; a processing batch reads and writes its rows once.
 */
@Component
@ReadModelTables("storage_location_view")
@ProcessingGroup("storage-locations-postgres")
class StorageLocationTablePostgresProjection extends RecordEvolution<StorageLocationView> {

    static final String COLUMNS = "id, warehouse_id, code, name, kind, temperature_min_c, temperature_max_c, "
            + "humidity_min_pct, humidity_max_pct, open_alert_id, version, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final StatesInBatch<StorageLocationView> rows;

    StorageLocationTablePostgresProjection(JdbcTemplate jdbc) {
        super("storage-locations", "StorageLocation", StorageLocationView::version);
        this.jdbc = jdbc;
        this.rows = new StatesInBatch<>(StorageLocationTablePostgresProjection.class.getName(),
                payload -> payload instanceof StorageLocationEvent e ? e.storageLocationId() : null,
                new StatesInBatch.Store<>() {
                    @Override
                    public Map<String, StorageLocationView> read(Collection<String> ids) {
                        Map<String, StorageLocationView> read = new HashMap<>();
                        jdbc.query("select " + COLUMNS + " from storage_location_view where id = any(?)",
                                (ResultSet rs) -> {
                                    StorageLocationView view = view(rs);
                                    read.put(view.id(), view);
                                }, (Object) ids.toArray(String[]::new));
                        return read;
                    }

                    @Override
                    public void write(List<StorageLocationView> views) {
                        jdbc.batchUpdate("insert into storage_location_view (" + COLUMNS + ") values (?, ?, ?, ?, "
                                + "?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set name = excluded.name, "
                                + "kind = excluded.kind, temperature_min_c = excluded.temperature_min_c, "
                                + "temperature_max_c = excluded.temperature_max_c, "
                                + "humidity_min_pct = excluded.humidity_min_pct, "
                                + "humidity_max_pct = excluded.humidity_max_pct, "
                                + "open_alert_id = excluded.open_alert_id, version = excluded.version, "
                                + "updated_at = excluded.updated_at "
                                + "where storage_location_view.version < excluded.version", views.stream()
                                .map(v -> new Object[]{v.id(), v.warehouseId(), v.code(), v.name(), v.kind(),
                                        v.temperatureMinC(), v.temperatureMaxC(), v.humidityMinPct(),
                                        v.humidityMaxPct(), v.openAlertId(), v.version(),
                                        Timestamp.from(v.createdAt()), Timestamp.from(v.updatedAt())}).toList());
                    }
                });
    }

    @Override
    public StorageLocationView evolve(StorageLocationView s, RecordEvent event) {
        if (event.payload() instanceof StorageLocationCreatedEvent e) {
            return new StorageLocationView(e.storageLocationId(), e.warehouseId(), e.code(), e.name(), e.kind(),
                    plain(e.range().temperatureMinC()), plain(e.range().temperatureMaxC()), plain(e.range().humidityMinPct()),
                    plain(e.range().humidityMaxPct()), null, event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (s == null) {
            return null;
        }
        if (event.payload() instanceof StorageLocationUpdatedEvent e) {
            return new StorageLocationView(s.id(), s.warehouseId(), s.code(), e.name(), e.kind(),
                    plain(e.range().temperatureMinC()), plain(e.range().temperatureMaxC()), plain(e.range().humidityMinPct()),
                    plain(e.range().humidityMaxPct()), s.openAlertId(), event.sequenceNumber(), s.createdAt(),
                    event.timestamp());
        }
        String openAlertId = s.openAlertId();
        if (event.payload() instanceof ExcursionStartedEvent e) {
            openAlertId = e.alertId();
        } else if (event.payload() instanceof ExcursionEndedEvent) {
            openAlertId = null;
        }
        return new StorageLocationView(s.id(), s.warehouseId(), s.code(), s.name(), s.kind(), s.temperatureMinC(),
                s.temperatureMaxC(), s.humidityMinPct(), s.humidityMaxPct(), openAlertId, event.sequenceNumber(),
                s.createdAt(), event.timestamp());
    }

    @EventHandler
    void on(StorageLocationEvent event, DomainEventMessage<?> message) {
        StorageLocationView next = evolveOnce(rows.find(event.storageLocationId()).orElse(null),
                RecordEvent.of(message));
        if (next != null) {
            rows.put(next.id(), next);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from storage_location_view");
    }

    static StorageLocationView view(ResultSet rs) throws SQLException {
        return new StorageLocationView(rs.getString("id"), rs.getString("warehouse_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("kind"), stripped(rs, "temperature_min_c"),
                stripped(rs, "temperature_max_c"), stripped(rs, "humidity_min_pct"), stripped(rs, "humidity_max_pct"),
                rs.getString("open_alert_id"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static BigDecimal stripped(ResultSet rs, String column) throws SQLException {
        return plain(rs.getBigDecimal(column));
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Amounts.plain(value);
    }
}
