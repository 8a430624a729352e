package com.opsledger.command.stocktake;

import com.opsledger.command.lookup.LookupGroups;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.kernel.stockitem.StockWrittenOffEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;

/**
 * Keeps the tables behind {@link JdbcStocktakeLookups}: each stock item's on-hand stock and batches, and each
 * product's category. Its processing group runs subscribed, inside the transaction of the movement whose events it
 * follows, so a count compares with the balance the last movement left.
 */
@Component
@ProcessingGroup(LookupGroups.STOCK)
class StocktakeLookupsProjection {

    private final JdbcTemplate jdbc;

    StocktakeLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        category(event.productId(), event.category());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        category(event.productId(), event.category());
    }

    @EventHandler
    void on(StockItemOpenedEvent event) {
        jdbc.update("insert into cmd_stocktake_stock_item (stock_item_id, product_id, warehouse_id, unit, on_hand) "
                + "values (?, ?, ?, ?, 0) on conflict do nothing", event.stockItemId(), event.productId(),
                event.warehouseId(), event.unit());
    }

    @EventHandler
    void on(StockLevelsChangedEvent event) {
        jdbc.update("update cmd_stocktake_stock_item set on_hand = ? where stock_item_id = ?",
                event.levels().onHand().amount(), event.stockItemId());
        for (BatchQuantity change : batchChanges(event)) {
            jdbc.update("insert into cmd_stocktake_batch (stock_item_id, batch_key, expiry_date, quantity) "
                            + "values (?, ?, ?, ?) on conflict (stock_item_id, batch_key) do update set "
                            + "quantity = cmd_stocktake_batch.quantity + excluded.quantity, "
                            + "expiry_date = coalesce(cmd_stocktake_batch.expiry_date, excluded.expiry_date)",
                    event.stockItemId(), change.batch() == null ? "" : change.batch(),
                    change.expiryDate() == null ? null : Date.valueOf(change.expiryDate()),
                    change.quantity().amount());
        }
        jdbc.update("delete from cmd_stocktake_batch where stock_item_id = ? and quantity = 0", event.stockItemId());
    }

    /** The signed change of each batch; reservations and their release move no stock between batches. */
    private static List<BatchQuantity> batchChanges(StockLevelsChangedEvent event) {
        if (event instanceof StockReceivedEvent e) {
            return List.of(new BatchQuantity(e.batch(), e.expiryDate(), e.quantity()));
        }
        if (event instanceof StockAdjustedEvent e) {
            return e.batches();
        }
        if (event instanceof ReservationIssuedEvent e) {
            return negated(e.batches());
        }
        if (event instanceof StockWrittenOffEvent e) {
            return negated(e.batches());
        }
        return List.of();
    }

    private static List<BatchQuantity> negated(List<BatchQuantity> batches) {
        return batches.stream().map(b -> new BatchQuantity(b.batch(), b.expiryDate(), b.quantity().negate())).toList();
    }

    private void category(String productId, String category) {
        jdbc.update("insert into cmd_stocktake_product (product_id, category) values (?, ?) "
                + "on conflict (product_id) do update set category = excluded.category", productId, category);
    }
}
