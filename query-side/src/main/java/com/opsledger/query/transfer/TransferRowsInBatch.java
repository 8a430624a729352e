package com.opsledger.query.transfer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.opsledger.kernel.transfer.TransferEvent;
import com.opsledger.kernel.transfer.TransferLineView;
import com.opsledger.kernel.transfer.TransferView;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transfer rows one processing batch works on: those its events name are read with one query when the batch first
 * needs one, its events change them in memory, and the changed ones are written as one JDBC batch of upserts when the
 * unit of work prepares to commit. An upsert never goes back to an older version, so a replayed event changes nothing.
 * Outside a unit of work every read and write goes to the table at once.
 */
@Component
class TransferRowsInBatch {

    static final String COLUMNS = "id, number, status, from_warehouse_id, to_warehouse_id, reason, expected_date, "
            + "lines, version, created_at, updated_at";
    private static final String RESOURCE = TransferRowsInBatch.class.getName();
    private static final String UPSERT = "insert into transfer_view (" + COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (id) do update set status = excluded.status, "
            + "lines = excluded.lines, version = excluded.version, updated_at = excluded.updated_at "
            + "where transfer_view.version < excluded.version";
    private static final TypeReference<List<TransferLineView>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    TransferRowsInBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Rows {
        /** By id: the transfer, or null for one known not to be stored (yet). */
        final Map<String, TransferView> read = new HashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
    }

    Optional<TransferView> find(String id) {
        Rows rows = rows();
        if (rows != null && rows.read.containsKey(id)) {
            return Optional.ofNullable(rows.read.get(id));
        }
        Optional<TransferView> stored = jdbc.query("select " + COLUMNS + " from transfer_view where id = ?",
                (rs, n) -> read(rs), id).stream().findFirst();
        if (rows != null) {
            rows.read.put(id, stored.orElse(null));
        }
        return stored;
    }

    void changed(TransferView view) {
        Rows rows = rows();
        if (rows == null) {
            jdbc.update(UPSERT, arguments(view));
            return;
        }
        rows.read.put(view.id(), view);
        rows.changed.add(view.id());
    }

    void deleteAll() {
        jdbc.update("delete from transfer_view");
    }

    private Rows rows() {
        return ProcessingBatch.state(RESOURCE, this::readForBatch, this::flush);
    }

    private Rows readForBatch() {
        Rows rows = new Rows();
        Set<String> ids = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            if (payload instanceof TransferEvent event) {
                ids.add(event.transferId());
            }
        }
        if (!ids.isEmpty()) {
            ids.forEach(id -> rows.read.put(id, null));
            jdbc.query("select " + COLUMNS + " from transfer_view where id = any(?)", (ResultSet rs) -> {
                TransferView view = read(rs);
                rows.read.put(view.id(), view);
            }, (Object) ids.toArray(String[]::new));
        }
        return rows;
    }

    private void flush(Rows rows) {
        if (!rows.changed.isEmpty()) {
            jdbc.batchUpdate(UPSERT, rows.changed.stream().map(id -> arguments(rows.read.get(id))).toList());
            rows.changed.clear();
        }
    }

    private static Object[] arguments(TransferView t) {
        return new Object[]{t.id(), t.number(), t.status(), t.fromWarehouseId(), t.toWarehouseId(), t.reason(),
                t.expectedDate() == null ? null : Date.valueOf(t.expectedDate()), JsonColumns.write(t.lines()),
                t.version(), OffsetDateTime.ofInstant(t.createdAt(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(t.updatedAt(), ZoneOffset.UTC)};
    }

    /** The transfer as {@link #COLUMNS} selected it. */
    static TransferView read(ResultSet rs) throws SQLException {
        Date expected = rs.getDate("expected_date");
        return new TransferView(rs.getString("id"), rs.getString("number"), rs.getString("status"),
                rs.getString("from_warehouse_id"), rs.getString("to_warehouse_id"), rs.getString("reason"),
                expected == null ? null : expected.toLocalDate(), JsonColumns.read(rs.getString("lines"), LINES),
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
