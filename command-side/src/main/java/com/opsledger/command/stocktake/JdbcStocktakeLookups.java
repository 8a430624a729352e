package com.opsledger.command.stocktake;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stocktake.StocktakeItem;
import com.opsledger.kernel.stocktake.StocktakeScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcStocktakeLookups implements StocktakeLookups {

    private static final String ITEMS = "select s.stock_item_id, s.product_id, s.unit, s.on_hand "
            + "from cmd_stocktake_stock_item s left join cmd_stocktake_product p on p.product_id = s.product_id ";

    private final JdbcTemplate jdbc;
    private final ReferenceRegistry registry;

    JdbcStocktakeLookups(JdbcTemplate jdbc, ReferenceRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public boolean warehouseExists(String warehouseId) {
        return registry.warehouseExists(warehouseId);
    }

    @Override
    public List<StocktakeItem> inScope(String warehouseId, StocktakeScope scope) {
        if (scope.productIds() != null) {
            return items(ITEMS + "where s.warehouse_id = ? and s.product_id = any(?) order by s.product_id",
                    warehouseId, scope.productIds().toArray(String[]::new));
        }
        if (scope.category() != null) {
            return items(ITEMS + "where s.warehouse_id = ? and lower(p.category) = lower(?) order by s.product_id",
                    warehouseId, scope.category());
        }
        return items(ITEMS + "where s.warehouse_id = ? order by s.product_id", warehouseId);
    }

    @Override
    public Optional<StocktakeItem> balance(String stockItemId) {
        return items(ITEMS + "where s.stock_item_id = ?", stockItemId).stream().findFirst();
    }

    @Override
    public long position() {
        Long position = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry",
                Long.class);
        return position == null ? 0 : position;
    }

    private List<StocktakeItem> items(String sql, Object... arguments) {
        record Row(String stockItemId, String productId, String unit, java.math.BigDecimal onHand) {
        }
        List<Row> rows = jdbc.query(sql, (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4)), arguments);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> units = new HashMap<>();
        rows.forEach(row -> units.put(row.stockItemId(), row.unit()));
        Map<String, List<BatchQuantity>> batches = new LinkedHashMap<>();
        jdbc.query("select stock_item_id, batch_key, expiry_date, quantity from cmd_stocktake_batch "
                + "where stock_item_id = any(?) and quantity <> 0 order by expiry_date nulls last, batch_key", rs -> {
                    String id = rs.getString(1);
                    String batch = rs.getString(2);
                    Date expiry = rs.getDate(3);
                    batches.computeIfAbsent(id, k -> new ArrayList<>()).add(new BatchQuantity(
                            batch.isEmpty() ? null : batch, expiry == null ? null : expiry.toLocalDate(),
                            Quantity.of(rs.getBigDecimal(4), units.get(id))));
                }, (Object) units.keySet().toArray(String[]::new));
        return rows.stream().map(row -> new StocktakeItem(row.stockItemId(), row.productId(),
                Quantity.of(row.onHand(), row.unit()), List.copyOf(batches.getOrDefault(row.stockItemId(),
                        List.of())))).toList();
    }
}
