package com.opsledger.command.lookup;

import com.opsledger.command.registry.ReferenceRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

@Component
class JdbcOrderLookups implements OrderLookups {

    private final JdbcTemplate jdbc;
    private final ReferenceRegistry registry;

    JdbcOrderLookups(JdbcTemplate jdbc, ReferenceRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public Optional<String> customerTier(String customerId) {
        return jdbc.queryForList("select tier from cmd_order_customer where customer_id = ?", String.class, customerId)
                .stream().findFirst();
    }

    @Override
    public boolean warehouseExists(String warehouseId) {
        return registry.warehouseExists(warehouseId);
    }

    @Override
    public Optional<StockItemRef> stockItem(String productId, String warehouseId) {
        return jdbc.query("select stock_item_id, unit from cmd_order_stock_item where product_id = ? and warehouse_id = ?",
                (rs, row) -> new StockItemRef(rs.getString(1), rs.getString(2)), productId, warehouseId)
                .stream().findFirst();
    }

    @Override
    public BigDecimal available(String stockItemId) {
        List<BigDecimal> found = jdbc.queryForList("select available from cmd_order_stock_item where stock_item_id = ?",
                BigDecimal.class, stockItemId);
        return found.isEmpty() ? BigDecimal.ZERO : found.get(0);
    }

    @Override
    public OptionalInt leadTimeDays(String productId) {
        List<Integer> found = jdbc.queryForList("select lead_time_days from cmd_order_product where product_id = ?",
                Integer.class, productId);
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    @Override
    public List<LeadTimeBackorder> openBackordersOnLeadTime(String productId) {
        return jdbc.query("select backorder_id, order_placed_at from cmd_order_open_backorder where product_id = ? "
                        + "and eta_basis = 'lead-time' order by backorder_id",
                (rs, row) -> new LeadTimeBackorder(rs.getString(1), rs.getTimestamp(2).toInstant()), productId);
    }

    @Override
    public List<OpenBackorder> openBackorders(String productId, String warehouseId) {
        return jdbc.query("select backorder_id, product_id, order_placed_at, eta_basis from cmd_order_open_backorder "
                + "where product_id = ? and warehouse_id = ? order by order_placed_at, backorder_id", OPEN,
                productId, warehouseId);
    }

    @Override
    public List<OpenBackorder> openBackordersOnBasis(String etaBasis) {
        return jdbc.query("select backorder_id, product_id, order_placed_at, eta_basis from cmd_order_open_backorder "
                + "where eta_basis = ? order by order_placed_at, backorder_id", OPEN, etaBasis);
    }

    private static final org.springframework.jdbc.core.RowMapper<OpenBackorder> OPEN = (rs, row) ->
            new OpenBackorder(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4));
}
