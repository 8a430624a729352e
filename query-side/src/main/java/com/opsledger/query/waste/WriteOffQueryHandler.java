package com.opsledger.query.waste;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.stockitem.ListWriteOffsQuery;
import com.opsledger.kernel.stockitem.WasteReportQuery;
import com.opsledger.kernel.stockitem.WasteReportView;
import com.opsledger.kernel.stockitem.WriteOffView;
import com.opsledger.query.common.Amounts;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

@Component
class WriteOffQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("requestedAt", "requested_at");
    private static final Map<String, String> GROUP_COLUMNS = Map.of("reason", "reason", "product", "product_id",
            "warehouse", "warehouse_id", "disposalMethod", "coalesce(disposal_method, 'unspecified')");

    private final JdbcTemplate jdbc;

    WriteOffQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<WriteOffView> handle(ListWriteOffsQuery query) {
        SqlFilter where = SqlFilter.from("from write_off_view where true")
                .and("status = ?", query.status())
                .and("stock_item_id = ?", query.stockItemId())
                .and("warehouse_id = ?", query.warehouseId())
                .and("product_id = ?", query.productId());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, "id",
                (rs, row) -> WriteOffTablePostgresProjection.view(rs));
    }

    /** Written-off stock only; a product's group also sums its quantity (one unit per product). */
    @QueryHandler
    @Transactional(readOnly = true)
    WasteReportView handle(WasteReportQuery query) {
        if (query.portalCaller()) {
            return new WasteReportView(query.groupBy(), query.from(), query.to(), List.of());
        }
        String key = GROUP_COLUMNS.get(query.groupBy());
        boolean byProduct = query.groupBy().equals("product");
        SqlFilter where = SqlFilter.from("from write_off_view where status = 'written-off'")
                .and("decided_at >= ?", query.from() == null ? null : Timestamp.from(query.from()))
                .and("decided_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        List<WasteReportView.Group> groups = jdbc.query("select " + key + " as k, currency, count(*) as n, "
                        + "sum(value) as v, count(*) filter (where value is null) as unvalued, "
                        + (byProduct ? "sum(quantity) as q, min(unit) as u " : "null as q, null as u ")
                        + where.sql() + " group by 1, 2 order by 1, 2 nulls last",
                (rs, row) -> new WasteReportView.Group(rs.getString("k"), rs.getString("currency"), rs.getLong("n"),
                        plain(rs.getBigDecimal("v")), rs.getLong("unvalued"), plain(rs.getBigDecimal("q")),
                        rs.getString("u")), where.args().toArray());
        return new WasteReportView(query.groupBy(), query.from(), query.to(), groups);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : Amounts.plain(value);
    }
}
