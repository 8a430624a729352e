package com.opsledger.command.lookup;

import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** Reads the lookups the command side keeps of open backorders and of purchase orders. */
@Component
class JdbcReplenishmentNeeds implements ReplenishmentNeeds {

    private final JdbcTemplate jdbc;

    JdbcReplenishmentNeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal openBackorders(String productId, String warehouseId) {
        return jdbc.queryForObject("select coalesce(sum(remaining), 0) from cmd_order_open_backorder "
                + "where product_id = ? and warehouse_id = ?", BigDecimal.class, productId, warehouseId);
    }

    @Override
    public BigDecimal onOrder(String productId, String warehouseId) {
        return jdbc.queryForObject("select coalesce(sum(greatest(l.ordered - l.received, 0)), 0) "
                        + "from cmd_purchase_order o join cmd_purchase_order_line l "
                        + "on l.purchase_order_id = o.purchase_order_id where o.warehouse_id = ? and l.product_id = ? "
                        + "and o.status in (?, ?, ?, ?, ?)", BigDecimal.class, warehouseId, productId,
                PurchaseOrderStatus.SUBMITTED.name(), PurchaseOrderStatus.APPROVED.name(),
                PurchaseOrderStatus.SENT.name(), PurchaseOrderStatus.CONFIRMED.name(),
                PurchaseOrderStatus.PARTIALLY_RECEIVED.name());
    }
}
