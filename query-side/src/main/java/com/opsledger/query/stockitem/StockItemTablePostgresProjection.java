package com.opsledger.query.stockitem;

import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.ReservationReleasedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockReservedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import com.opsledger.kernel.warehouse.WarehouseCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import com.opsledger.query.common.ReadModelTables;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The stock item table: levels, batches, and what the portals filter on (product, warehouse, reorder point). */
@Component
@ReadModelTables({"stock_item_view", "stock_item_product_ref", "stock_item_warehouse_ref"})
@ProcessingGroup("stock-items-postgres")
class StockItemTablePostgresProjection {

    private final StockItemRowRepository rows;
    private final StockProductRefRepository products;
    private final StockWarehouseRefRepository warehouses;

    StockItemTablePostgresProjection(StockItemRowRepository rows, StockProductRefRepository products,
                                     StockWarehouseRefRepository warehouses) {
        this.rows = rows;
        this.products = products;
        this.warehouses = warehouses;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        StockProductRef ref = new StockProductRef();
        ref.productId = event.productId();
        ref.sku = event.sku();
        ref.name = event.name();
        ref.reorderPoint = event.reorderPoint().amount();
        products.save(ref);
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        products.findById(event.productId()).ifPresent(ref -> {
            ref.name = event.name();
            ref.reorderPoint = event.reorderPoint().amount();
            products.save(ref);
        });
        rows.productChanged(event.productId(), event.name(), event.reorderPoint().amount());
    }

    @EventHandler
    void on(WarehouseCreatedEvent event) {
        StockWarehouseRef ref = new StockWarehouseRef();
        ref.warehouseId = event.warehouseId();
        ref.code = event.code();
        warehouses.save(ref);
    }

    @EventHandler
    void on(StockItemOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (rows.existsById(event.stockItemId())) {
            return;
        }
        StockProductRef product = products.findById(event.productId()).orElseThrow(() ->
                new IllegalStateException("product " + event.productId() + " of stock item " + event.stockItemId()
                        + " was not projected before it"));
        StockItemRow row = new StockItemRow();
        row.id = event.stockItemId();
        row.productId = event.productId();
        row.warehouseId = event.warehouseId();
        row.sku = product.sku;
        row.productName = product.name;
        row.warehouseCode = warehouses.findById(event.warehouseId()).map(w -> w.code).orElse(null);
        row.unit = event.unit();
        row.reorderPoint = product.reorderPoint;
        row.levels(BigDecimal.ZERO, BigDecimal.ZERO);
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }

    @EventHandler
    void on(StockReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, row -> row.batches = BatchBalances.apply(row.batches,
                new BatchQuantity(event.batch(), event.expiryDate(), event.quantity()), 1));
    }

    @EventHandler
    void on(StockReservedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, row -> { });
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, row -> { });
    }

    @EventHandler
    void on(ReservationIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, batches(event.batches(), -1));
    }

    @EventHandler
    void on(StockAdjustedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, batches(event.batches(), 1));
    }

    @EventHandler
    void on(StockWrittenOffEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.stockItemId(), event.levels(), sequence, at, batches(event.batches(), -1));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
        products.deleteAllInBatch();
        warehouses.deleteAllInBatch();
    }

    private static Consumer<StockItemRow> batches(List<BatchQuantity> changes, int sign) {
        return row -> changes.forEach(change -> row.batches = BatchBalances.apply(row.batches, change, sign));
    }

    /** Applies an event once: a redelivered or replayed event (sequence not above the row's version) is skipped. */
    private void change(String stockItemId, StockLevels levels, long sequence, Instant at,
                        Consumer<StockItemRow> batchChange) {
        StockItemRow row = rows.findById(stockItemId).orElseThrow(() ->
                new IllegalStateException("stock item " + stockItemId + " was not projected before its movements"));
        if (row.version >= sequence) {
            return;
        }
        batchChange.accept(row);
        row.levels(levels.onHand().amount(), levels.reserved().amount());
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }
}
