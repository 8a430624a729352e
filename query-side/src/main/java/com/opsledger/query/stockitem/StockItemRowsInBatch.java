package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockItemPlacedEvent;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.ProcessingBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stock item rows one processing batch works on: each is read from {@code stock_item_view} once, the batch's
 * events change it in memory, and the new and changed rows are written as one JDBC batch each when the unit of work
 * prepares to commit (inside its transaction, so inside the copy a replay builds, and before the token is stored).
 * The rows of every stock item the batch's events name are read together, with one query, when the batch first needs
 * one; an item that is not stored yet is known to be new without asking again. Outside a unit of work every read and
 * write goes to the table at once.
 */
@Component
class StockItemRowsInBatch {

    private static final String RESOURCE = StockItemRowsInBatch.class.getName();
    private static final String INSERT = "insert into stock_item_view (" + StockItemRow.COLUMNS + ") values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict (id) do nothing";
    private static final String UPDATE = "update stock_item_view set on_hand = ?, reserved = ?, available = ?, "
            + "below_reorder_point = ?, batches = ?::jsonb, version = ?, updated_at = ?, storage_location_id = ?, "
            + "quarantined = ? where id = ?";

    private final JdbcTemplate jdbc;

    StockItemRowsInBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Rows {
        /** By id: the row, or null for an item known not to be stored (yet). */
        final Map<String, StockItemRow> read = new HashMap<>();
        final Set<String> inserted = new LinkedHashSet<>();
        final Set<String> changed = new LinkedHashSet<>();
    }

    /** The row as this batch left it so far, else as stored. */
    Optional<StockItemRow> find(String id) {
        Rows rows = rows();
        if (rows != null && rows.read.containsKey(id)) {
            return Optional.ofNullable(rows.read.get(id));
        }
        List<StockItemRow> stored = jdbc.query("select " + StockItemRow.COLUMNS + " from stock_item_view where id = ?",
                (rs, n) -> StockItemRow.read(rs), id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (rows != null) {
            rows.read.put(id, stored.get(0));
        }
        return Optional.of(stored.get(0));
    }

    void insert(StockItemRow row) {
        Rows rows = rows();
        if (rows == null) {
            jdbc.update(INSERT, insertArguments(row));
            return;
        }
        rows.read.put(row.id, row);
        rows.inserted.add(row.id);
    }

    /** Marks a row that {@link #find} returned as changed. */
    void changed(StockItemRow row) {
        Rows rows = rows();
        if (rows == null) {
            jdbc.update(UPDATE, updateArguments(row));
            return;
        }
        if (!rows.inserted.contains(row.id)) {
            rows.changed.add(row.id);
        }
    }

    /** Writes what this batch changed so far and forgets what it read (before an update by SQL of many rows). */
    void flush() {
        Rows rows = rows();
        if (rows != null) {
            flush(rows);
            rows.read.clear();
        }
    }

    private Rows rows() {
        return ProcessingBatch.state(RESOURCE, this::readForBatch, this::flush);
    }

    /** The rows of the stock items that the batch's events name, in one query. */
    private Rows readForBatch() {
        Rows rows = new Rows();
        Set<String> ids = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            if (payload instanceof StockItemOpenedEvent opened) {
                ids.add(opened.stockItemId());
            } else if (payload instanceof StockLevelsChangedEvent changed) {
                ids.add(changed.stockItemId());
            } else if (payload instanceof StockItemPlacedEvent placed) {
                ids.add(placed.stockItemId());
            } else if (payload instanceof StockQuarantinedEvent held) {
                ids.add(held.stockItemId());
            } else if (payload instanceof StockReleasedFromQuarantineEvent released) {
                ids.add(released.stockItemId());
            } else if (payload instanceof QuarantinedStockDisposedEvent disposed) {
                ids.add(disposed.stockItemId());
            }
        }
        if (!ids.isEmpty()) {
            ids.forEach(id -> rows.read.put(id, null));
            jdbc.query("select " + StockItemRow.COLUMNS + " from stock_item_view where id = any(?)",
                    (ResultSet rs) -> {
                        StockItemRow row = StockItemRow.read(rs);
                        rows.read.put(row.id, row);
                    }, (Object) ids.toArray(String[]::new));
        }
        return rows;
    }

    private void flush(Rows rows) {
        if (!rows.inserted.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows.inserted.stream().map(id -> insertArguments(rows.read.get(id))).toList());
        }
        if (!rows.changed.isEmpty()) {
            jdbc.batchUpdate(UPDATE, rows.changed.stream().map(id -> updateArguments(rows.read.get(id))).toList());
        }
        rows.inserted.clear();
        rows.changed.clear();
    }

    private Object[] insertArguments(StockItemRow row) {
        return new Object[]{row.id, row.productId, row.warehouseId, row.sku, row.productName, row.warehouseCode,
                row.unit, row.onHand, row.reserved, row.available, row.reorderPoint, row.belowReorderPoint,
                batches(row), row.version, OffsetDateTime.ofInstant(row.updatedAt, ZoneOffset.UTC),
                row.storageLocationId, row.quarantined};
    }

    private Object[] updateArguments(StockItemRow row) {
        return new Object[]{row.onHand, row.reserved, row.available, row.belowReorderPoint, batches(row), row.version,
                OffsetDateTime.ofInstant(row.updatedAt, ZoneOffset.UTC), row.storageLocationId, row.quarantined,
                row.id};
    }

    private static String batches(StockItemRow row) {
        return JsonColumns.write(row.batches);
    }

}
