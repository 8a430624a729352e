package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.FindProductStockQuery;
import com.opsledger.kernel.stockitem.ProductStockView;
import com.opsledger.kernel.stockitem.WarehouseStockView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static com.opsledger.query.common.Amounts.plain;

/**
 * A product's stock across warehouses: each warehouse with a stock item of it or goods on the way to it, with its
 * levels, and the totals. Goods in transit sit on no stock item, so they count in no warehouse's on-hand stock.
 * Quarantined goods are on hand and not available, as the stock item shows them.
 */
@Component
class ProductStockQueryHandler {

    private final JdbcTemplate jdbc;
    private final InTransitStock inTransit;

    ProductStockQueryHandler(JdbcTemplate jdbc, InTransitStock inTransit) {
        this.jdbc = jdbc;
        this.inTransit = inTransit;
    }

    private record Levels(String stockItemId, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
                          BigDecimal quarantined) {
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ProductStockView handle(FindProductStockQuery query) {
        List<String> unit = jdbc.queryForList("select unit from product_view where id = ?", String.class,
                query.productId());
        if (unit.isEmpty()) {
            return null;
        }
        Map<String, Levels> levels = new LinkedHashMap<>();
        jdbc.query("select id, warehouse_id, on_hand, reserved, available, quarantined from stock_item_view "
                        + "where product_id = ?",
                rs -> {
                    levels.put(rs.getString("warehouse_id"), new Levels(rs.getString("id"),
                            rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"), rs.getBigDecimal("available"),
                            rs.getBigDecimal("quarantined")));
                }, query.productId());
        Map<String, BigDecimal> onTheWay = inTransit.towardsWarehouses(query.productId());
        TreeSet<String> warehouses = new TreeSet<>(levels.keySet());
        warehouses.addAll(onTheWay.keySet());
        List<WarehouseStockView> views = new ArrayList<>();
        for (String warehouseId : warehouses) {
            Levels l = levels.get(warehouseId);
            views.add(new WarehouseStockView(warehouseId, l == null ? null : l.stockItemId(),
                    plain(l == null ? BigDecimal.ZERO : l.onHand()), plain(l == null ? BigDecimal.ZERO : l.reserved()),
                    plain(l == null ? BigDecimal.ZERO : l.available()),
                    plain(l == null ? BigDecimal.ZERO : l.quarantined()),
                    plain(onTheWay.getOrDefault(warehouseId, BigDecimal.ZERO))));
        }
        views.sort(Comparator.comparing(WarehouseStockView::warehouseId));
        return new ProductStockView(query.productId(), unit.get(0), views, new ProductStockView.Totals(
                sum(views, WarehouseStockView::onHand), sum(views, WarehouseStockView::reserved),
                sum(views, WarehouseStockView::available), sum(views, WarehouseStockView::quarantined),
                sum(views, WarehouseStockView::inTransit)));
    }

    private static BigDecimal sum(List<WarehouseStockView> views, Function<WarehouseStockView, BigDecimal> figure) {
        return plain(views.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
