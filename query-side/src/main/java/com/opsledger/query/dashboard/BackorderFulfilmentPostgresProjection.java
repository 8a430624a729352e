package com.opsledger.query.dashboard;

import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.common.BackfillsHistory;
import com.opsledger.query.common.BatchedJdbcWrites;
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

/**
 * The fulfilment-time KPI: each backorder's creation and filling ({@link BackorderFulfilment#evolve}), and the category
 * of each product, which the dashboard filters on. A KPI added to an installation with a history: it back-fills that
 * history on its first start ({@link BackfillsHistory}). The backorders a processing batch touches are read once and
 * written as one JDBC batch; the version (the backorder's sequence number) makes every change count once.
 */
@Component
@BackfillsHistory
@ReadModelTables({"backorder_fulfilment_view", "backorder_fulfilment_product_ref"})
@ProcessingGroup("backorder-fulfilment-postgres")
class BackorderFulfilmentPostgresProjection {

    static final String COLUMNS = "backorder_id, product_id, warehouse_id, customer_id, supplier_id, status, "
            + "created_at, filled_at, hours, version";
    private static final String CATEGORY = "insert into backorder_fulfilment_product_ref (product_id, category, "
            + "version) values (?, ?, ?) on conflict (product_id) do update set category = excluded.category, "
            + "version = excluded.version where backorder_fulfilment_product_ref.version < excluded.version";

    private final JdbcTemplate jdbc;
    private final BatchedJdbcWrites writes;
    private final StatesInBatch<BackorderFulfilment> rows;

    BackorderFulfilmentPostgresProjection(JdbcTemplate jdbc, BatchedJdbcWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.rows = new StatesInBatch<>(BackorderFulfilmentPostgresProjection.class.getName(),
                BackorderFulfilmentPostgresProjection::backorderOf, new StatesInBatch.Store<>() {
            @Override
            public Map<String, BackorderFulfilment> read(Collection<String> ids) {
                Map<String, BackorderFulfilment> read = new HashMap<>();
                jdbc.query("select " + COLUMNS + " from backorder_fulfilment_view where backorder_id = any(?)",
                        (ResultSet rs) -> {
                            BackorderFulfilment row = row(rs);
                            read.put(row.backorderId(), row);
                        }, (Object) ids.toArray(String[]::new));
                return read;
            }

            @Override
            public void write(List<BackorderFulfilment> written) {
                jdbc.batchUpdate("insert into backorder_fulfilment_view (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?) on conflict (backorder_id) do update set status = excluded.status, "
                        + "filled_at = excluded.filled_at, hours = excluded.hours, version = excluded.version "
                        + "where backorder_fulfilment_view.version < excluded.version",
                        written.stream().map(BackorderFulfilmentPostgresProjection::arguments).toList());
            }
        });
    }

    private static String backorderOf(Object payload) {
        if (payload instanceof BackorderCreatedEvent e) {
            return e.backorderId();
        }
        if (payload instanceof BackorderFulfilledEvent e) {
            return e.backorderId();
        }
        return payload instanceof BackorderCancelledEvent e ? e.backorderId() : null;
    }

    @EventHandler
    void on(BackorderCreatedEvent event, DomainEventMessage<?> message) {
        project(event.backorderId(), message);
    }

    @EventHandler
    void on(BackorderFulfilledEvent event, DomainEventMessage<?> message) {
        project(event.backorderId(), message);
    }

    @EventHandler
    void on(BackorderCancelledEvent event, DomainEventMessage<?> message) {
        project(event.backorderId(), message);
    }

    @EventHandler
    void on(ProductCreatedEvent event, DomainEventMessage<?> message) {
        writes.add(CATEGORY, event.productId(), event.category(), message.getSequenceNumber());
    }

    @EventHandler
    void on(ProductUpdatedEvent event, DomainEventMessage<?> message) {
        writes.add(CATEGORY, event.productId(), event.category(), message.getSequenceNumber());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from backorder_fulfilment_view");
        jdbc.update("delete from backorder_fulfilment_product_ref");
    }

    /** The backorder as stored (or as this batch left it) evolves, once, by the event. */
    private void project(String backorderId, DomainEventMessage<?> message) {
        BackorderFulfilment stored = rows.find(backorderId).orElse(null);
        if (stored != null && stored.version() >= message.getSequenceNumber()) {
            return;
        }
        BackorderFulfilment next = BackorderFulfilment.evolve(stored, RecordEvent.of(message));
        if (next != null && next != stored) {
            rows.put(backorderId, next);
        }
    }

    private static Object[] arguments(BackorderFulfilment f) {
        return new Object[]{f.backorderId(), f.productId(), f.warehouseId(), f.customerId(), f.supplierId(),
                f.status(), timestamp(f.createdAt()), timestamp(f.filledAt()), f.hours(), f.version()};
    }

    private static BackorderFulfilment row(ResultSet rs) throws SQLException {
        return new BackorderFulfilment(rs.getString("backorder_id"), rs.getString("product_id"),
                rs.getString("warehouse_id"), rs.getString("customer_id"), rs.getString("supplier_id"),
                rs.getString("status"), instant(rs, "created_at"), instant(rs, "filled_at"),
                rs.getBigDecimal("hours"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
