package com.opsledger.command.lookup;

import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderClosedEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderEtaChangedEvent;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the tables behind {@link JdbcOrderLookups}. Its processing group runs subscribed, inside the transaction of
 * the command whose events it follows: the tables are never behind the events, and never ahead of them.
 */
@Component
@ProcessingGroup(LookupGroups.ORDERS)
class OrderLookupsProjection {


    private final JdbcTemplate jdbc;

    OrderLookupsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerCreatedEvent event) {
        tier(event.customerId(), event.tier());
    }

    @EventHandler
    void on(CustomerUpdatedEvent event) {
        tier(event.customerId(), event.tier());
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        leadTime(event.productId(), event.leadTimeDays());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        leadTime(event.productId(), event.leadTimeDays());
    }

    @EventHandler
    void on(StockItemOpenedEvent event) {
        jdbc.update("insert into cmd_order_stock_item (stock_item_id, product_id, warehouse_id, unit, available) "
                        + "values (?, ?, ?, ?, 0) on conflict do nothing", event.stockItemId(), event.productId(),
                event.warehouseId(), event.unit());
    }

    @EventHandler
    void on(StockLevelsChangedEvent event) {
        levels(event.stockItemId(), event.levels());
    }

    /** Held stock is not available to orders until its check releases it. */
    @EventHandler
    void on(StockQuarantinedEvent event) {
        levels(event.stockItemId(), event.levels());
    }

    @EventHandler
    void on(StockReleasedFromQuarantineEvent event) {
        levels(event.stockItemId(), event.levels());
    }

    @EventHandler
    void on(BackorderCreatedEvent event) {
        jdbc.update("insert into cmd_order_open_backorder (backorder_id, product_id, warehouse_id, order_placed_at, "
                        + "eta_basis) values (?, ?, ?, ?, ?) on conflict do nothing", event.backorderId(),
                event.productId(), event.warehouseId(), java.sql.Timestamp.from(event.orderPlacedAt()),
                event.etaBasis());
        jdbc.update("update cmd_order_open_backorder set remaining = ? where backorder_id = ? and remaining is null",
                event.quantity().amount(), event.backorderId());
    }

    /** What each open backorder still waits for, which replenishment sums per product and warehouse. */
    @EventHandler
    void on(BackorderAllocatedEvent event) {
        jdbc.update("update cmd_order_open_backorder set remaining = ? where backorder_id = ?",
                event.remaining().amount(), event.backorderId());
    }

    @EventHandler
    void on(BackorderEtaChangedEvent event) {
        jdbc.update("update cmd_order_open_backorder set eta_basis = ? where backorder_id = ?", event.etaBasis(),
                event.backorderId());
    }

    @EventHandler
    void on(BackorderClosedEvent event) {
        jdbc.update("delete from cmd_order_open_backorder where backorder_id = ?", event.backorderId());
    }

    private void tier(String customerId, String tier) {
        jdbc.update("insert into cmd_order_customer (customer_id, tier) values (?, ?) "
                + "on conflict (customer_id) do update set tier = excluded.tier", customerId, tier);
    }

    private void leadTime(String productId, int days) {
        jdbc.update("insert into cmd_order_product (product_id, lead_time_days) values (?, ?) "
                + "on conflict (product_id) do update set lead_time_days = excluded.lead_time_days", productId, days);
    }

    private void levels(String stockItemId, StockLevels levels) {
        jdbc.update("update cmd_order_stock_item set available = ? where stock_item_id = ?",
                levels.available().amount(), stockItemId);
    }
}
