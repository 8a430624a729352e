package com.opsledger.query.stockitem;

import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockItemPlacedEvent;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.common.ProcessingBatch;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static com.opsledger.query.common.Amounts.stripped;

/**
 * The stock item table: levels, batches, and what the portals filter on (product, warehouse, reorder point). What a
 * stock item's own events do to it is one {@link #evolve}, which its state at any instant folds too; the names and
 * reorder point it copies from its product and warehouse are kept up to date here.
 * <p>
 * The rows a processing batch touches are read once, changed in memory by each of its events, and written back as one
 * JDBC batch when the batch commits ({@link StockItemRowsInBatch}); a batch of a hundred receipts on one item costs one
 * read and one update.
 */
@Component
@ReadModelTables({"stock_item_view", "stock_item_product_ref", "stock_item_warehouse_ref"})
@ProcessingGroup("stock-items-postgres")
class StockItemTablePostgresProjection extends RecordEvolution<StockItemState> {

    private final JdbcTemplate jdbc;
    private final StockItemRowsInBatch rows;

    StockItemTablePostgresProjection(JdbcTemplate jdbc, StockItemRowsInBatch rows) {
        super("stock-items", "StockItem", StockItemState::version);
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public StockItemState evolve(StockItemState s, RecordEvent event) {
        if (event.payload() instanceof StockItemOpenedEvent e) {
            return new StockItemState(e.stockItemId(), e.productId(), e.warehouseId(), e.unit(), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, List.of(), event.sequenceNumber(), event.timestamp(), null,
                    BigDecimal.ZERO);
        }
        if (s == null) {
            return null;
        }
        if (event.payload() instanceof StockLevelsChangedEvent e) {
            StockMovement movement = StockMovement.of(e);
            return levels(s, movement.levels().onHand().amount(), movement.levels().reserved().amount(),
                    movement.batchesAfter(s.batches()), event);
        }
        if (event.payload() instanceof StockItemPlacedEvent e) {
            return new StockItemState(s.id(), s.productId(), s.warehouseId(), s.unit(), s.onHand(), s.reserved(),
                    s.available(), s.batches(), event.sequenceNumber(), event.timestamp(), e.storageLocationId(),
                    s.quarantined());
        }
        if (event.payload() instanceof StockQuarantinedEvent e) {
            return levels(s, s.onHand(), s.reserved(), BatchBalances.hold(s.batches(), e.batch(),
                    e.quantity().amount()), event);
        }
        if (event.payload() instanceof StockReleasedFromQuarantineEvent e) {
            return levels(s, s.onHand(), s.reserved(), BatchBalances.hold(s.batches(), e.batch(),
                    e.quantity().amount().negate()), event);
        }
        if (event.payload() instanceof QuarantinedStockDisposedEvent e) {
            // the hold ends; the write-off or return that follows takes the goods away
            return levels(s, s.onHand(), s.reserved(), BatchBalances.hold(s.batches(), e.batch(),
                    e.quantity().amount().negate()), event);
        }
        return s;
    }

    /** Held stock is on hand but not available: available is on hand less reserved less what its batches hold. */
    private static StockItemState levels(StockItemState s, BigDecimal onHand, BigDecimal reserved,
                                         List<BatchView> batches, RecordEvent event) {
        List<BatchView> kept = batches.stream().map(b -> new BatchView(b.batch(), b.expiryDate(),
                stripped(b.quantity()), stripped(BatchBalances.quarantined(b)))).toList();
        BigDecimal quarantined = BatchBalances.quarantined(kept);
        return new StockItemState(s.id(), s.productId(), s.warehouseId(), s.unit(), stripped(onHand),
                stripped(reserved), stripped(onHand.subtract(reserved).subtract(quarantined)), kept,
                event.sequenceNumber(), event.timestamp(), s.storageLocationId(), stripped(quarantined));
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        jdbc.update("insert into stock_item_product_ref (product_id, sku, name, reorder_point) values (?, ?, ?, ?) "
                        + "on conflict (product_id) do nothing", event.productId(), event.sku(), event.name(),
                event.reorderPoint().amount());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        jdbc.update("update stock_item_product_ref set name = ?, reorder_point = ? where product_id = ?", event.name(),
                event.reorderPoint().amount(), event.productId());
        references().remove("product:" + event.productId());
        rows.flush();
        jdbc.update("update stock_item_view set product_name = ?, reorder_point = ?, below_reorder_point = "
                        + "(available < ?) where product_id = ?", event.name(), event.reorderPoint().amount(),
                event.reorderPoint().amount(), event.productId());
    }

    @EventHandler
    void on(WarehouseCreatedEvent event) {
        jdbc.update("insert into stock_item_warehouse_ref (warehouse_id, code) values (?, ?) "
                + "on conflict (warehouse_id) do nothing", event.warehouseId(), event.code());
        references().remove("warehouse:" + event.warehouseId());
    }

    @EventHandler
    void on(StockItemOpenedEvent event, DomainEventMessage<?> message) {
        if (rows.find(event.stockItemId()).isPresent()) {
            return;
        }
        StockItemState opened = evolveOnce(null, RecordEvent.of(message));
        Map<String, Object> product = reference("product:" + event.productId(), () -> jdbc.queryForList(
                "select sku, name, reorder_point from stock_item_product_ref where product_id = ?",
                event.productId()).stream().findFirst().orElseThrow(() -> new IllegalStateException("product "
                + event.productId() + " of stock item " + event.stockItemId() + " was not projected before it")));
        Map<String, Object> warehouse = reference("warehouse:" + event.warehouseId(), () -> jdbc.queryForList(
                "select code from stock_item_warehouse_ref where warehouse_id = ?", event.warehouseId()).stream()
                .findFirst().orElse(Map.of()));
        StockItemRow row = new StockItemRow();
        row.sku = (String) product.get("sku");
        row.productName = (String) product.get("name");
        row.warehouseCode = (String) warehouse.get("code");
        row.reorderPoint = (BigDecimal) product.get("reorder_point");
        row.set(opened);
        rows.insert(row);
    }

    /** Every movement: the row as stored (or as this batch left it) evolves, once, by the event. */
    @EventHandler
    void on(StockLevelsChangedEvent event, DomainEventMessage<?> message) {
        StockItemRow row = rows.find(event.stockItemId()).orElse(null);
        StockItemState next = evolveOnce(row == null ? null : row.toState(), RecordEvent.of(message));
        if (next != null) {
            row.set(next);
            rows.changed(row);
        }
    }

    @EventHandler
    void on(StockItemPlacedEvent event, DomainEventMessage<?> message) {
        StockItemRow row = rows.find(event.stockItemId()).orElse(null);
        StockItemState next = evolveOnce(row == null ? null : row.toState(), RecordEvent.of(message));
        if (next != null) {
            row.set(next);
            rows.changed(row);
        }
    }

    @EventHandler
    void on(StockQuarantinedEvent event, DomainEventMessage<?> message) {
        evolveRow(event.stockItemId(), message);
    }

    @EventHandler
    void on(StockReleasedFromQuarantineEvent event, DomainEventMessage<?> message) {
        evolveRow(event.stockItemId(), message);
    }

    @EventHandler
    void on(QuarantinedStockDisposedEvent event, DomainEventMessage<?> message) {
        evolveRow(event.stockItemId(), message);
    }

    private void evolveRow(String stockItemId, DomainEventMessage<?> message) {
        StockItemRow row = rows.find(stockItemId).orElse(null);
        StockItemState next = evolveOnce(row == null ? null : row.toState(), RecordEvent.of(message));
        if (next != null) {
            row.set(next);
            rows.changed(row);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from stock_item_view");
        jdbc.update("delete from stock_item_product_ref");
        jdbc.update("delete from stock_item_warehouse_ref");
    }

    /**
     * A product's or warehouse's reference row, read once per processing batch: those of the items the batch opens are
     * read together when it first needs one (a reference created by the batch itself is read when asked for).
     */
    private Map<String, Object> reference(String key, Supplier<Map<String, Object>> read) {
        return references().computeIfAbsent(key, k -> read.get());
    }

    /** The references read in this processing batch; a new, unkept map outside a unit of work. */
    private Map<String, Map<String, Object>> references() {
        Map<String, Map<String, Object>> references = ProcessingBatch.state(
                StockItemTablePostgresProjection.class.getName(), this::referencesOfBatch, read -> { });
        return references == null ? new HashMap<>() : references;
    }

    private Map<String, Map<String, Object>> referencesOfBatch() {
        Set<String> products = new LinkedHashSet<>();
        Set<String> warehouses = new LinkedHashSet<>();
        for (Object payload : ProcessingBatch.payloads()) {
            if (payload instanceof StockItemOpenedEvent opened) {
                products.add(opened.productId());
                warehouses.add(opened.warehouseId());
            }
        }
        Map<String, Map<String, Object>> references = new HashMap<>();
        if (!products.isEmpty()) {
            readAll("select product_id as id, sku, name, reorder_point from stock_item_product_ref "
                    + "where product_id = any(?)", products, "product:", references);
            readAll("select warehouse_id as id, code from stock_item_warehouse_ref where warehouse_id = any(?)",
                    warehouses, "warehouse:", references);
        }
        return references;
    }

    private void readAll(String sql, Set<String> ids, String prefix, Map<String, Map<String, Object>> into) {
        jdbc.query(sql, (ResultSet rs) -> {
            Map<String, Object> reference = new HashMap<>();
            for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                reference.put(rs.getMetaData().getColumnLabel(column), rs.getObject(column));
            }
            into.put(prefix + rs.getString("id"), reference);
        }, (Object) ids.toArray(String[]::new));
    }
}
