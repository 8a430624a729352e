package com.opsledger.query.purchaseorder;

import com.opsledger.kernel.purchaseorder.SpendingGroupView;
import com.opsledger.kernel.purchaseorder.SpendingReportQuery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;

/**
 * Spending per product category: each line of a sent purchase order counts under the category its product has now
 * (so re-categorising a product moves its past spend), lines of uncategorised products under {@link #UNCATEGORISED}.
 * A line's share of its order's total is its quantity times unit price, scaled by the order's total over its
 * subtotal, so the order discount and tax are spread over the lines and the categories add up to the order totals.
 * The Elasticsearch index holds orders without their lines, so this reads the PostgreSQL read models.
 */
@Component
class SpendingByCategory {

    static final String UNCATEGORISED = "uncategorised";

    private final NamedParameterJdbcTemplate jdbc;

    SpendingByCategory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<SpendingGroupView> groups(SpendingReportQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("statuses", SpendingReportQueryHandler.SPENT)
                .addValue("uncategorised", UNCATEGORISED);
        StringBuilder where = new StringBuilder("o.status in (:statuses) and o.sent_at is not null");
        if (query.from() != null) {
            where.append(" and o.sent_at >= :from");
            params.addValue("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and o.sent_at < :to");
            params.addValue("to", Timestamp.from(query.to()));
        }
        if (query.onlySupplierId() != null) {
            where.append(" and o.supplier_id = :supplierId");
            params.addValue("supplierId", query.onlySupplierId());
        }
        String sql = "select coalesce(p.category, :uncategorised) as category, o.currency, "
                + "count(distinct o.id) as orders, "
                + "sum(case when o.subtotal = 0 then 0 else (l.line ->> 'quantity')::numeric "
                + "* (l.line ->> 'unitPrice')::numeric * o.total / o.subtotal end) as total "
                + "from purchase_order_view o cross join lateral jsonb_array_elements(o.lines) l(line) "
                + "left join product_view p on p.id = l.line ->> 'productId' "
                + "where " + where + " group by 1, 2 order by 1, 2";
        return jdbc.query(sql, params, (rs, n) -> new SpendingGroupView(rs.getString("category"),
                rs.getString("currency"), rs.getLong("orders"),
                rs.getBigDecimal("total").setScale(2, RoundingMode.HALF_UP)));
    }
}
