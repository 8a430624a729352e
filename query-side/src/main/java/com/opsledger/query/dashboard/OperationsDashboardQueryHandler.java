package com.opsledger.query.dashboard;

import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.dashboard.OperationsDashboardQuery;
import com.opsledger.kernel.dashboard.OperationsDashboardView;
import com.opsledger.query.common.SqlFilter;
import com.opsledger.query.stockitem.PurchasePriceValues;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.opsledger.query.common.Amounts.plain;

/**
 * The operations KPIs from the PostgreSQL read models of stock items, products, purchase orders, quality checks,
 * deliveries and temperature alerts. Stock is valued by the one {@link Valuation} rule; the figures are in the
 * currency most of the valued stock items are valued in (else most open purchase orders are in), and amounts in
 * another currency are left out of the sums rather than added as if they were the same money.
 */
@Component
class OperationsDashboardQueryHandler {

    static final List<String> OPEN_PURCHASE_ORDERS = List.of("APPROVED", "SENT", "CONFIRMED", "PARTIALLY_RECEIVED");
    private static final String DELIVERED_AT = "case when jsonb_typeof(d.view -> 'deliveredAt') = 'number' "
            + "then to_timestamp((d.view ->> 'deliveredAt')::numeric) else (d.view ->> 'deliveredAt')::timestamptz end";

    private final JdbcTemplate jdbc;
    private final PurchasePriceValues purchasePrices;

    OperationsDashboardQueryHandler(JdbcTemplate jdbc, PurchasePriceValues purchasePrices) {
        this.jdbc = jdbc;
        this.purchasePrices = purchasePrices;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OperationsDashboardView handle(OperationsDashboardQuery query) {
        if (query.scoped()) {
            return new OperationsDashboardView(null, null, 0, 0, null, 0, null, null, 0);
        }
        String warehouseId = query.warehouseId();
        Map<String, BigDecimal> stockValues = stockValues(warehouseId);
        SqlFilter open = SqlFilter.from("from purchase_order_view o where o.status = any(?)",
                        (Object) OPEN_PURCHASE_ORDERS.toArray(String[]::new))
                .and("o.warehouse_id = ?", warehouseId);
        Map<String, BigDecimal> orderValues = new TreeMap<>();
        Map<String, Long> ordersByCurrency = new TreeMap<>();
        long[] orders = new long[2];
        jdbc.query("select o.currency, count(*), sum(o.total), count(*) filter (where o.expected_date < ?) "
                + open.sql() + " group by o.currency", rs -> {
                    orderValues.put(rs.getString(1), rs.getBigDecimal(3));
                    ordersByCurrency.put(rs.getString(1), rs.getLong(2));
                    orders[0] += rs.getLong(2);
                    orders[1] += rs.getLong(4);
                }, args(Date.valueOf(LocalDate.now(ZoneOffset.UTC)), open.args()));
        String currency = stockValues.isEmpty() ? mostFrequent(ordersByCurrency) : stockValues.keySet().iterator().next();
        BigDecimal stockValue = currency == null ? null : money(stockValues.getOrDefault(currency, BigDecimal.ZERO));
        BigDecimal ordersValue = currency == null ? null : money(orderValues.getOrDefault(currency, BigDecimal.ZERO));
        return new OperationsDashboardView(stockValue, currency, belowReorderPoint(warehouseId), orders[0],
                ordersValue, orders[1], qualityPassRate(warehouseId), onTimeDeliveryRate(warehouseId),
                openTemperatureAlerts(warehouseId));
    }

    /** Stock on hand at its unit value, summed per currency, the currency of most valued items first. */
    private Map<String, BigDecimal> stockValues(String warehouseId) {
        SqlFilter items = SqlFilter.from("from stock_item_view s left join product_view p on p.id = s.product_id "
                + "where s.on_hand <> 0").and("s.warehouse_id = ?", warehouseId);
        record Held(String productId, BigDecimal onHand, long items, Money cost) {
        }
        List<Held> held = jdbc.query("select s.product_id, sum(s.on_hand), count(*), max(p.cost), max(p.currency) "
                + items.sql() + " group by s.product_id", (rs, row) -> new Held(rs.getString(1), rs.getBigDecimal(2),
                rs.getLong(3), rs.getBigDecimal(4) == null || rs.getString(5) == null ? null
                        : Money.of(rs.getBigDecimal(4), rs.getString(5))), items.args().toArray());
        Map<String, Money> lastPrices = purchasePrices.unitValues(held.stream().filter(h -> h.cost() == null)
                .map(Held::productId).toList());
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Long> valued = new TreeMap<>();
        for (Held h : held) {
            Valuation.unitValue(h.cost(), lastPrices.get(h.productId())).ifPresent(unit -> {
                sums.merge(unit.currency(), unit.amount().multiply(h.onHand()), BigDecimal::add);
                valued.merge(unit.currency(), h.items(), Long::sum);
            });
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        valued.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), sums.get(entry.getKey())));
        return ordered;
    }

    private long belowReorderPoint(String warehouseId) {
        SqlFilter below = SqlFilter.from("from stock_item_view s where s.below_reorder_point")
                .and("s.warehouse_id = ?", warehouseId);
        return jdbc.queryForObject("select count(*) " + below.sql(), Long.class, below.args().toArray());
    }

    /** Passed of the checks decided (passed or rejected); cancelled and undecided checks do not count. */
    private BigDecimal qualityPassRate(String warehouseId) {
        SqlFilter decided = SqlFilter.from("from quality_check_view q where q.status in ('passed', 'rejected')")
                .and("q.warehouse_id = ?", warehouseId);
        return jdbc.queryForObject("select count(*) filter (where q.status = 'passed'), count(*) " + decided.sql(),
                (rs, row) -> rate(rs.getLong(1), rs.getLong(2)), decided.args().toArray());
    }

    /** Delivered inside their time slot (both ends inclusive) of the delivered deliveries that had one. */
    private BigDecimal onTimeDeliveryRate(String warehouseId) {
        SqlFilter delivered = SqlFilter.from("from delivery_view d where d.status = 'delivered' "
                + "and (d.slot_from is not null or d.slot_to is not null)").and("d.warehouse_id = ?", warehouseId);
        return jdbc.queryForObject("select count(*) filter (where (d.slot_from is null or " + DELIVERED_AT
                + " >= d.slot_from) and (d.slot_to is null or " + DELIVERED_AT + " <= d.slot_to)), count(*) "
                + delivered.sql(), (rs, row) -> rate(rs.getLong(1), rs.getLong(2)), delivered.args().toArray());
    }

    /** Temperature alerts not resolved yet: open or acknowledged. */
    private long openTemperatureAlerts(String warehouseId) {
        SqlFilter open = SqlFilter.from("from temperature_alert_view a where a.status <> 'resolved'")
                .and("a.warehouse_id = ?", warehouseId);
        return jdbc.queryForObject("select count(*) " + open.sql(), Long.class, open.args().toArray());
    }

    private static String mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Object[] args(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : plain(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4,
                RoundingMode.HALF_UP));
    }

    private static BigDecimal money(BigDecimal amount) {
        return plain(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
