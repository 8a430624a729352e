package com.opsledger.query.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.opsledger.kernel.delivery.DeliveryEvent;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery rows one processing batch works on: those of every delivery its events name are read with one query
 * when it first needs one, its events change them in memory, and the changed ones are written as one JDBC batch (an
 * upsert that never goes back to an older version) when the unit of work prepares to commit. Outside a unit of work
 * every read and write goes to the table at once.
 */
@Component
class DeliveryRowsInBatch {

    private static final String RESOURCE = DeliveryRowsInBatch.class.getName();
    static final TypeReference<DeliveryView> VIEW = new TypeReference<>() {
    };
    private static final String UPSERT = "insert into delivery_view (id, number, order_id, customer_id, warehouse_id, "
            + "status, route_id, driver_id, slot_from, slot_to, view, version, created_at, updated_at) values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (id) do update set status = excluded.status, "
            + "route_id = excluded.route_id, driver_id = excluded.driver_id, view = excluded.view, "
            + "version = excluded.version, updated_at = excluded.updated_at where delivery_view.version < excluded.version";

    private final JdbcTemplate jdbc;

    DeliveryRowsInBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Rows {
        /** By id: the view, or null for a delivery known not to be stored (yet). */
        final Map<String, DeliveryView> read = new HashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
    }

    /** The delivery as this batch left it so far, else as stored; null when there is none. */
    DeliveryView find(String id) {
        Rows rows = rows();
        if (rows != null && rows.read.containsKey(id)) {
            return rows.read.get(id);
        }
        List<DeliveryView> stored = jdbc.query("select view from delivery_view where id = ?",
                (rs, n) -> read(rs), id);
        DeliveryView view = stored.isEmpty() ? null : stored.get(0);
        if (rows != null) {
            rows.read.put(id, view);
        }
        return view;
    }

    void write(DeliveryView view) {
        Rows rows = rows();
        if (rows == null) {
            jdbc.update(UPSERT, arguments(view));
            return;
        }
        rows.read.put(view.id(), view);
        rows.changed.add(view.id());
    }

    private Rows rows() {
        return ProcessingBatch.state(RESOURCE, this::readForBatch, this::flush);
    }

    private Rows readForBatch() {
        Rows rows = new Rows();
        Set<String> ids = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            if (payload instanceof DeliveryEvent event) {
                ids.add(event.deliveryId());
            }
        }
        if (!ids.isEmpty()) {
            ids.forEach(id -> rows.read.put(id, null));
            jdbc.query("select view from delivery_view where id = any(?)", (ResultSet rs) -> {
                DeliveryView view = read(rs);
                rows.read.put(view.id(), view);
            }, (Object) ids.toArray(String[]::new));
        }
        return rows;
    }

    private void flush(Rows rows) {
        if (!rows.changed.isEmpty()) {
            jdbc.batchUpdate(UPSERT, rows.changed.stream().map(id -> arguments(rows.read.get(id))).toList());
        }
        rows.changed.clear();
    }

    static DeliveryView read(ResultSet rs) throws java.sql.SQLException {
        return JsonColumns.read(rs.getString("view"), VIEW);
    }

    private static Object[] arguments(DeliveryView d) {
        return new Object[]{d.id(), d.number(), d.orderId(), d.customerId(), d.warehouseId(), d.status(),
                d.routeId(), d.driverId(), timestamp(d.timeSlot() == null ? null : d.timeSlot().from()),
                timestamp(d.timeSlot() == null ? null : d.timeSlot().to()), JsonColumns.write(d), d.version(),
                timestamp(d.createdAt()), timestamp(d.updatedAt())};
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
