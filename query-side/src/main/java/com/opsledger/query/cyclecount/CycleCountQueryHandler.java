package com.opsledger.query.cyclecount;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.stocktake.CycleCountDueView;
import com.opsledger.kernel.stocktake.CycleCountsDueQuery;
import com.opsledger.kernel.stocktake.CycleCountsDueView;
import com.opsledger.query.stockitem.PurchasePriceValues;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Cycle counts due: each stock item of the warehouse is classed by the value it moved in the window (every movement
 * of stock in or out, at the product's unit value; reservations move nothing), and is due when its class's interval
 * has passed since an approved stocktake last counted it, or when none ever did.
 */
@Component
class CycleCountQueryHandler {

    private final JdbcTemplate jdbc;
    private final PurchasePriceValues values;
    private final CycleCountSettings settings;

    CycleCountQueryHandler(JdbcTemplate jdbc, PurchasePriceValues values, CycleCountSettings settings) {
        this.jdbc = jdbc;
        this.values = values;
        this.settings = settings;
    }

    record Item(String id, String productId, String sku, String name) {
    }

    @QueryHandler
    @Transactional(readOnly = true)
    CycleCountsDueView handle(CycleCountsDueQuery query) {
        Map<String, Item> items = new LinkedHashMap<>();
        jdbc.query("select id, product_id, sku, product_name from stock_item_view where warehouse_id = ? order by id",
                rs -> {
                    items.put(rs.getString(1), new Item(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }, query.warehouseId());
        Map<String, BigDecimal> moved = new HashMap<>();
        jdbc.query("select m.stock_item_id, sum(abs(m.quantity)) from stock_movement_view m "
                + "join stock_item_view s on s.id = m.stock_item_id where s.warehouse_id = ? "
                + "and m.type not in ('reserved', 'released') and m.occurred_at >= ? group by m.stock_item_id", rs -> {
                    moved.put(rs.getString(1), rs.getBigDecimal(2));
                }, query.warehouseId(), Timestamp.from(query.now().minus(settings.window)));
        Map<String, Instant> lastCounted = new HashMap<>();
        jdbc.query("select c ->> 'stockItemId', max(updated_at) from stocktake_view "
                + "cross join lateral jsonb_array_elements(document -> 'counts') c "
                + "where warehouse_id = ? and status = 'approved' group by 1", rs -> {
                    lastCounted.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }, query.warehouseId());
        Map<String, Money> unitValues = values.unitValues(items.values().stream().map(Item::productId).toList());
        Map<String, BigDecimal> valueMoved = new LinkedHashMap<>();
        for (Item item : items.values()) {
            Money unit = unitValues.get(item.productId());
            BigDecimal quantity = moved.getOrDefault(item.id(), BigDecimal.ZERO);
            valueMoved.put(item.id(), unit == null ? BigDecimal.ZERO : unit.amount().multiply(quantity));
        }
        Map<String, String> classes = settings.classes.classify(valueMoved);
        List<CycleCountDueView> due = new ArrayList<>();
        for (Item item : items.values()) {
            String cycleClass = classes.get(item.id());
            Instant last = lastCounted.get(item.id());
            Instant dueSince = last == null ? null : last.plus(settings.intervals.get(cycleClass));
            if (dueSince == null || !dueSince.isAfter(query.now())) {
                due.add(new CycleCountDueView(item.id(), item.productId(), item.sku(), item.name(), cycleClass,
                        plain(valueMoved.get(item.id()).setScale(2, java.math.RoundingMode.HALF_UP)), last,
                        dueSince));
            }
        }
        due.sort(Comparator.comparing(CycleCountDueView::cycleClass)
                .thenComparing(CycleCountDueView::valueMoved, Comparator.reverseOrder())
                .thenComparing(CycleCountDueView::stockItemId));
        List<String> productIds = List.copyOf(new LinkedHashSet<>(due.stream().map(CycleCountDueView::productId)
                .toList()));
        return new CycleCountsDueView(query.warehouseId(), (int) settings.window.toDays(), due, productIds);
    }
}
