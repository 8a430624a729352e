package com.opsledger.command.lookup;

import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.replenishment.SurplusStock;
import com.opsledger.kernel.replenishment.TransferFirstRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** Reads the lookups the command side keeps of open backorders, purchase orders, transfers and stock. */
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

    @Override
    public BigDecimal incoming(String productId, String warehouseId) {
        return jdbc.queryForObject("select coalesce(sum(outstanding), 0) from cmd_transfer_incoming "
                + "where product_id = ? and to_warehouse_id = ?", BigDecimal.class, productId, warehouseId);
    }

    @Override
    public List<SurplusStock> sources(String productId, String warehouseId) {
        return jdbc.query("select s.warehouse_id, sum(s.available) as available, "
                        + "coalesce(max(p.reorder_point), 0) as reorder_point, "
                        + "(select coalesce(sum(b.remaining), 0) from cmd_order_open_backorder b "
                        + "where b.product_id = s.product_id and b.warehouse_id = s.warehouse_id) as backorders "
                        + "from cmd_order_stock_item s "
                        + "left join cmd_replenishment_product p on p.product_id = s.product_id "
                        + "where s.product_id = ? and s.warehouse_id <> ? group by s.product_id, s.warehouse_id "
                        + "order by s.warehouse_id",
                (rs, n) -> new SurplusStock(rs.getString("warehouse_id"), rs.getBigDecimal("available"),
                        TransferFirstRule.surplus(rs.getBigDecimal("available"), rs.getBigDecimal("reorder_point"),
                                rs.getBigDecimal("backorders"))), productId, warehouseId);
    }
}
