package com.opsledger.query.stockitem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.ExpiringBatchView;
import com.opsledger.kernel.stockitem.ExpiringStockQuery;
import com.opsledger.kernel.stockitem.ExpiringStockView;
import com.opsledger.query.common.JsonColumns;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static com.opsledger.query.common.Amounts.plain;

/** Batches nearing expiry, from the batches the stock item table holds, valued by the valuation rule. */
@Component
class ExpiringStockQueryHandler {

    private static final TypeReference<List<BatchView>> BATCHES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final PurchasePriceValues values;

    ExpiringStockQueryHandler(JdbcTemplate jdbc, PurchasePriceValues values) {
        this.jdbc = jdbc;
        this.values = values;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    ExpiringStockView handle(ExpiringStockQuery query) {
        LocalDate until = query.today().plusDays(query.withinDays());
        SqlFilter where = SqlFilter.from("from stock_item_view where exists (select 1 from "
                + "jsonb_array_elements(batches) b where jsonb_typeof(b -> 'expiryDate') in ('array', 'string'))")
                .and("warehouse_id = ?", query.warehouseId());
        record Held(StockItemRow item, BatchView batch) {
        }
        List<Held> expiring = new ArrayList<>();
        jdbc.query("select " + StockItemRow.COLUMNS + " " + where.sql(), rs -> {
            StockItemRow row = StockItemRow.read(rs);
            for (BatchView batch : JsonColumns.read(rs.getString("batches"), BATCHES)) {
                if (batch.expiryDate() != null && !batch.expiryDate().isAfter(until)
                        && batch.quantity().signum() > 0) {
                    expiring.add(new Held(row, batch));
                }
            }
        }, where.args().toArray());
        Set<String> products = new HashSet<>();
        expiring.forEach(held -> products.add(held.item().productId));
        Map<String, Money> unitValues = values.unitValues(products);
        Map<String, BigDecimal> totals = new TreeMap<>();
        List<ExpiringBatchView> batches = new ArrayList<>();
        for (Held held : expiring) {
            StockItemRow item = held.item();
            Money value = Valuation.value(held.batch().quantity(),
                    java.util.Optional.ofNullable(unitValues.get(item.productId))).orElse(null);
            if (value != null) {
                totals.merge(value.currency(), value.amount(), BigDecimal::add);
            }
            batches.add(new ExpiringBatchView(item.id, item.productId, item.sku, item.productName, item.warehouseId,
                    item.warehouseCode, held.batch().batch(), held.batch().expiryDate(),
                    ChronoUnit.DAYS.between(query.today(), held.batch().expiryDate()),
                    plain(held.batch().quantity()), item.unit, value == null ? null : plain(value.amount()),
                    value == null ? null : value.currency()));
        }
        batches.sort(Comparator.comparing(ExpiringBatchView::expiryDate).thenComparing(ExpiringBatchView::sku,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ExpiringBatchView::batch));
        totals.replaceAll((currency, total) -> plain(total));
        return new ExpiringStockView(query.today(), query.withinDays(), until, List.copyOf(batches), totals);
    }
}
