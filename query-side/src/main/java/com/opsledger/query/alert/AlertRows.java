package com.opsledger.query.alert;

import com.opsledger.kernel.alert.AlertView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** An alert as a row of {@code alert_view}: read, and written by one upsert. */
final class AlertRows {

    static final String COLUMNS = "id, kind, status, severity, subject_type, subject_id, warehouse_id, customer_id, "
            + "supplier_id, title, detail, raised_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, "
            + "note, updated_at";
    static final String UPSERT = "insert into alert_view (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set status = excluded.status, "
            + "acknowledged_at = excluded.acknowledged_at, acknowledged_by = excluded.acknowledged_by, "
            + "resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by, note = excluded.note, "
            + "updated_at = excluded.updated_at";

    private AlertRows() {
    }

    static AlertView view(ResultSet rs) throws SQLException {
        return new AlertView(rs.getString("id"), rs.getString("kind"), rs.getString("status"),
                rs.getString("severity"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("warehouse_id"), rs.getString("customer_id"), rs.getString("supplier_id"),
                rs.getString("title"), rs.getString("detail"), instant(rs, "raised_at"),
                instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), rs.getString("note"), instant(rs, "updated_at"));
    }

    static Object[] arguments(AlertView a) {
        return new Object[]{a.id(), a.kind(), a.status(), a.severity(), a.subjectType(), a.subjectId(),
                a.warehouseId(), a.customerId(), a.supplierId(), a.title(), a.detail(), timestamp(a.raisedAt()),
                timestamp(a.acknowledgedAt()), a.acknowledgedBy(), timestamp(a.resolvedAt()), a.resolvedBy(), a.note(),
                timestamp(a.updatedAt())};
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
