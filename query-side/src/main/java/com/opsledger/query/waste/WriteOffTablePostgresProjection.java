package com.opsledger.query.waste;

import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.kernel.stockitem.WriteOffRejectedEvent;
import com.opsledger.kernel.stockitem.WriteOffRequestedEvent;
import com.opsledger.kernel.stockitem.WriteOffView;
import com.opsledger.kernel.transfer.TransferLoss;
import com.opsledger.kernel.transfer.TransferLossRecordedEvent;
import com.opsledger.query.common.Amounts;
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
import java.util.stream.Collectors;

/**
 * Every write-off with its disposal method, value and, above the approval limit, its decision. A write-off that needed
 * no approval is keyed by its stock item and event sequence, one asked for by its id; rows carry the stock item's
 * sequence number of their last event, so an event counts once.
 */
@Component
@ReadModelTables({"write_off_view", "write_off_stock_item_ref"})
@ProcessingGroup("write-offs-postgres")
class WriteOffTablePostgresProjection {

    static final String COLUMNS = "id, stock_item_id, product_id, warehouse_id, status, quantity, unit, reason, batch, "
            + "disposal_method, value, currency, requested_by, requested_at, decided_by, decided_at, decision_reason, "
            + "version";

    record Row(WriteOffView view, long version) {
    }

    private final JdbcTemplate jdbc;
    private final StatesInBatch<Row> rows;

    WriteOffTablePostgresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new StatesInBatch<>(WriteOffTablePostgresProjection.class.getName(),
                WriteOffTablePostgresProjection::requestOf, new StatesInBatch.Store<>() {
            @Override
            public Map<String, Row> read(Collection<String> ids) {
                Map<String, Row> read = new HashMap<>();
                jdbc.query("select " + COLUMNS + " from write_off_view where id = any(?)", (ResultSet rs) -> {
                    read.put(rs.getString("id"), new Row(view(rs), rs.getLong("version")));
                }, (Object) ids.toArray(String[]::new));
                return read;
            }

            @Override
            public void write(List<Row> written) {
                jdbc.batchUpdate("insert into write_off_view (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set status = excluded.status, "
                        + "decided_by = excluded.decided_by, decided_at = excluded.decided_at, "
                        + "decision_reason = excluded.decision_reason, version = excluded.version "
                        + "where write_off_view.version < excluded.version",
                        written.stream().map(WriteOffTablePostgresProjection::arguments).toList());
            }
        });
    }

    private static String requestOf(Object payload) {
        if (payload instanceof WriteOffRequestedEvent e) {
            return e.writeOffId();
        }
        if (payload instanceof WriteOffRejectedEvent e) {
            return e.writeOffId();
        }
        return payload instanceof StockWrittenOffEvent e ? e.writeOffId() : null;
    }

    @EventHandler
    void on(StockItemOpenedEvent event) {
        jdbc.update("insert into write_off_stock_item_ref (stock_item_id, product_id, warehouse_id) values (?, ?, ?) "
                + "on conflict do nothing", event.stockItemId(), event.productId(), event.warehouseId());
    }

    @EventHandler
    void on(WriteOffRequestedEvent e, DomainEventMessage<?> message) {
        if (rows.find(e.writeOffId()).isPresent()) {
            return;
        }
        String[] item = stockItem(e.stockItemId());
        rows.put(e.writeOffId(), new Row(new WriteOffView(e.writeOffId(), e.stockItemId(), item[0], item[1], "pending",
                Amounts.plain(e.quantity().amount()), e.quantity().unit(), e.reason(), e.batch(), e.disposalMethod(),
                e.value() == null ? null : Amounts.plain(e.value().amount()),
                e.value() == null ? null : e.value().currency(), userOf(message), message.getTimestamp(), null, null,
                null), message.getSequenceNumber()));
    }

    @EventHandler
    void on(WriteOffRejectedEvent e, DomainEventMessage<?> message) {
        decide(e.writeOffId(), "rejected", e.reason(), message);
    }

    @EventHandler
    void on(StockWrittenOffEvent e, DomainEventMessage<?> message) {
        if (e.writeOffId() != null) {
            decide(e.writeOffId(), "written-off", null, message);
            return;
        }
        String[] item = stockItem(e.stockItemId());
        String batches = e.batches().stream().map(b -> b.batch()).filter(java.util.Objects::nonNull).distinct()
                .sorted().collect(Collectors.joining(", "));
        String id = e.stockItemId() + "/" + message.getSequenceNumber();
        rows.put(id, new Row(new WriteOffView(id, e.stockItemId(), item[0], item[1], "written-off",
                Amounts.plain(e.quantity().amount()), e.quantity().unit(), e.reason(),
                batches.isEmpty() ? null : batches, e.disposalMethod(),
                e.value() == null ? null : Amounts.plain(e.value().amount()),
                e.value() == null ? null : e.value().currency(), userOf(message), message.getTimestamp(), null,
                message.getTimestamp(), null), message.getSequenceNumber()));
    }

    /**
     * Goods a transfer lost on the way are waste of the source's stock item, with the reason {@code transfer-loss}: one
     * row per lost line, keyed by the transfer and the line.
     */
    @EventHandler
    void on(TransferLossRecordedEvent e, DomainEventMessage<?> message) {
        for (TransferLoss loss : e.losses()) {
            String id = e.transferId() + "/" + loss.lineId();
            if (rows.find(id).isPresent()) {
                continue;
            }
            String batches = loss.batches().stream().map(b -> b.batch()).filter(java.util.Objects::nonNull)
                    .distinct().sorted().collect(Collectors.joining(", "));
            rows.put(id, new Row(new WriteOffView(id, loss.stockItemId(), loss.productId(), e.fromWarehouseId(),
                    "written-off", Amounts.plain(loss.quantity().amount()), loss.quantity().unit(), e.reason(),
                    batches.isEmpty() ? null : batches, null,
                    loss.value() == null ? null : Amounts.plain(loss.value().amount()),
                    loss.value() == null ? null : loss.value().currency(), userOf(message), message.getTimestamp(),
                    null, message.getTimestamp(), e.note()), message.getSequenceNumber()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from write_off_view");
        jdbc.update("delete from write_off_stock_item_ref");
    }

    private void decide(String writeOffId, String status, String reason, DomainEventMessage<?> message) {
        Row row = rows.find(writeOffId).orElseThrow(() -> new IllegalStateException("write-off " + writeOffId
                + " decided before it was projected"));
        if (row.version() >= message.getSequenceNumber()) {
            return;
        }
        WriteOffView w = row.view();
        rows.put(writeOffId, new Row(new WriteOffView(w.id(), w.stockItemId(), w.productId(), w.warehouseId(), status,
                w.quantity(), w.unit(), w.reason(), w.batch(), w.disposalMethod(), w.value(), w.currency(),
                w.requestedBy(), w.requestedAt(), userOf(message), message.getTimestamp(), reason),
                message.getSequenceNumber()));
    }

    private String[] stockItem(String stockItemId) {
        return jdbc.query("select product_id, warehouse_id from write_off_stock_item_ref where stock_item_id = ?",
                (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, stockItemId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("stock item " + stockItemId + " was not projected "
                        + "before its write-off"));
    }

    private static String userOf(DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get("userId");
        return userId == null ? null : userId.toString();
    }

    private static Object[] arguments(Row row) {
        WriteOffView w = row.view();
        return new Object[]{w.id(), w.stockItemId(), w.productId(), w.warehouseId(), w.status(), w.quantity(),
                w.unit(), w.reason(), w.batch(), w.disposalMethod(), w.value(), w.currency(), w.requestedBy(),
                timestamp(w.requestedAt()), w.decidedBy(), timestamp(w.decidedAt()), w.decisionReason(),
                row.version()};
    }

    static WriteOffView view(ResultSet rs) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal("value");
        return new WriteOffView(rs.getString("id"), rs.getString("stock_item_id"), rs.getString("product_id"),
                rs.getString("warehouse_id"), rs.getString("status"), Amounts.plain(rs.getBigDecimal("quantity")),
                rs.getString("unit"), rs.getString("reason"), rs.getString("batch"), rs.getString("disposal_method"),
                value == null ? null : Amounts.plain(value), rs.getString("currency"), rs.getString("requested_by"),
                instant(rs, "requested_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
