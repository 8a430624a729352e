package com.opsledger.command.purchaseorder;

import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.catalog.ProductCreatedEvent;
import com.opsledger.kernel.catalog.ProductUpdatedEvent;
import com.opsledger.kernel.purchaseorder.ProposeReplenishmentCommand;
import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockLevelsChangedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.supplier.SupplierStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Proposes replenishment when a stock item's available stock falls below its product's reorder point: once per
 * crossing (from at or above to below), for the quantity that brings it back to {@code target-factor} times the
 * reorder point, to the product's preferred supplier when it has an active one with a catalogue price. A replay
 * rebuilds what it remembers without proposing again.
 */
@Component
@ProcessingGroup("replenishment-trigger")
class StockReplenishmentTrigger {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final SupplierDirectory suppliers;
    private final BigDecimal targetFactor;

    StockReplenishmentTrigger(JdbcTemplate jdbc, CommandGateway commands, SupplierDirectory suppliers,
                              @Value("${opsledger.procurement.replenishment.target-factor:2}") BigDecimal targetFactor) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.suppliers = suppliers;
        this.targetFactor = targetFactor;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        reorderPoint(event.productId(), event.reorderPoint().amount());
    }

    @EventHandler
    void on(ProductUpdatedEvent event) {
        reorderPoint(event.productId(), event.reorderPoint().amount());
    }

    @EventHandler
    void on(StockItemOpenedEvent event) {
        jdbc.update("insert into cmd_replenishment_stock (stock_item_id, product_id, warehouse_id, available) "
                + "values (?, ?, ?, 0) on conflict do nothing", event.stockItemId(), event.productId(), event.warehouseId());
    }

    @EventHandler
    void on(StockLevelsChangedEvent event, ReplayStatus replay) {
        levels(event.stockItemId(), event.levels(), replay);
    }

    /**
     * Held stock is not available, but a hold proposes nothing: its goods may yet pass their check, and goods received
     * into quarantine would otherwise propose buying again what was just delivered. What a rejection takes away for
     * good is proposed when it leaves ({@link #on(QuarantinedStockDisposedEvent, ReplayStatus)}).
     */
    @EventHandler
    void on(StockQuarantinedEvent event) {
        jdbc.update("update cmd_replenishment_stock set available = ? where stock_item_id = ?",
                event.levels().available().amount(), event.stockItemId());
    }

    @EventHandler
    void on(StockReleasedFromQuarantineEvent event, ReplayStatus replay) {
        levels(event.stockItemId(), event.levels(), replay);
    }

    /** Rejected goods leave for good: if what is available stays below the reorder point, replenish now. */
    @EventHandler
    void on(QuarantinedStockDisposedEvent event, ReplayStatus replay) {
        List<Map<String, Object>> found = jdbc.queryForList("select s.product_id, s.warehouse_id, s.available, "
                + "p.reorder_point from cmd_replenishment_stock s join cmd_replenishment_product p "
                + "on p.product_id = s.product_id where s.stock_item_id = ?", event.stockItemId());
        if (found.isEmpty() || replay.isReplay()) {
            return;
        }
        Map<String, Object> row = found.get(0);
        BigDecimal available = (BigDecimal) row.get("available");
        BigDecimal reorderPoint = (BigDecimal) row.get("reorder_point");
        if (available.compareTo(reorderPoint) < 0) {
            propose((String) row.get("product_id"), (String) row.get("warehouse_id"),
                    reorderPoint.multiply(targetFactor).subtract(available), reorderPoint);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from cmd_replenishment_stock");
        jdbc.update("delete from cmd_replenishment_product");
    }

    private void reorderPoint(String productId, BigDecimal reorderPoint) {
        jdbc.update("insert into cmd_replenishment_product (product_id, reorder_point) values (?, ?) "
                + "on conflict (product_id) do update set reorder_point = excluded.reorder_point", productId, reorderPoint);
    }

    private void levels(String stockItemId, StockLevels levels, ReplayStatus replay) {
        List<Map<String, Object>> found = jdbc.queryForList("select s.product_id, s.warehouse_id, s.available, "
                + "p.reorder_point from cmd_replenishment_stock s join cmd_replenishment_product p "
                + "on p.product_id = s.product_id where s.stock_item_id = ?", stockItemId);
        if (found.isEmpty()) {
            return;
        }
        BigDecimal available = levels.available().amount();
        jdbc.update("update cmd_replenishment_stock set available = ? where stock_item_id = ?", available, stockItemId);
        Map<String, Object> row = found.get(0);
        BigDecimal before = (BigDecimal) row.get("available");
        BigDecimal reorderPoint = (BigDecimal) row.get("reorder_point");
        if (!replay.isReplay() && before.compareTo(reorderPoint) >= 0
                && available.compareTo(reorderPoint) < 0) {
            propose((String) row.get("product_id"), (String) row.get("warehouse_id"),
                    reorderPoint.multiply(targetFactor).subtract(available), reorderPoint);
        }
    }

    private void propose(String productId, String warehouseId, BigDecimal quantity, BigDecimal reorderPoint) {
        // only what will succeed: a refused proposal would roll back this handler's transaction with it
        boolean orderable = suppliers.preferredSupplier(productId)
                .filter(s -> suppliers.status(s).filter(SupplierStatus.ACTIVE::equals).isPresent())
                .flatMap(s -> suppliers.offer(s, productId)).isPresent();
        if (orderable && quantity.signum() > 0) {
            commands.sendAndWait(new ProposeReplenishmentCommand(productId, warehouseId, quantity,
                    "available stock below the reorder point of " + reorderPoint.stripTrailingZeros().toPlainString()));
        }
    }
}
