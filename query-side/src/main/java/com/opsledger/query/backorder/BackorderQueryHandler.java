package com.opsledger.query.backorder;

import com.opsledger.kernel.backorder.BackorderAllocationView;
import com.opsledger.kernel.backorder.BackorderView;
import com.opsledger.kernel.backorder.FindBackorderQuery;
import com.opsledger.kernel.backorder.ListBackordersQuery;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.opsledger.query.common.Amounts.plain;

/** Backorders; a customer-portal asker (scope set) sees only their own. */
@Component
class BackorderQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("priority", "priority", "slaDueDate", "sla_due_date",
            "createdAt", "created_at", "updatedAt", "updated_at", "eta", "eta", "remaining", "remaining",
            "orderPlacedAt", "order_placed_at");
    /** Sort columns that may be empty (null in backorder_view). */
    static final Set<String> NULLABLE = Set.of("sla_due_date", "eta", "order_placed_at");

    private final JdbcTemplate jdbc;

    BackorderQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    BackorderView handle(FindBackorderQuery query) {
        SqlFilter where = SqlFilter.from("from backorder_view where id = ?", query.backorderId())
                .and("customer_id = ?", query.scopeCustomerId());
        List<BackorderView> found = jdbc.query("select * " + where.sql(), (rs, row) -> view(jdbc, rs),
                where.args().toArray());
        return found.isEmpty() ? null : found.get(0);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<BackorderView> handle(ListBackordersQuery query) {
        SqlFilter where = SqlFilter.from("from backorder_view where true")
                .and("customer_id = ?", query.scopeCustomerId())
                .and("status = ?", query.status())
                .and("customer_id = ?", query.customerId())
                .and("product_id = ?", query.productId())
                .and("warehouse_id = ?", query.warehouseId())
                .and("sla_state = ?", query.slaState());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, NULLABLE, "id",
                (rs, row) -> view(jdbc, rs));
    }

    /** The backorder of a {@code backorder_view} row, with its allocations. */
    static BackorderView view(JdbcTemplate jdbc, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        java.sql.Date eta = rs.getDate("eta");
        Timestamp due = rs.getTimestamp("sla_due_date");
        List<BackorderAllocationView> allocations = jdbc.query(
                "select reservation_id, quantity, allocated_at from backorder_allocation_view where backorder_id = ? "
                        + "order by allocated_at, reservation_id",
                (a, row) -> new BackorderAllocationView(a.getString(1), plain(a.getBigDecimal(2)),
                        a.getTimestamp(3).toInstant()), id);
        return new BackorderView(id, rs.getString("order_id"), rs.getString("line_id"), rs.getString("customer_id"),
                rs.getString("product_id"), rs.getString("warehouse_id"), rs.getString("stock_item_id"),
                rs.getString("unit"), plain(rs.getBigDecimal("quantity")), plain(rs.getBigDecimal("allocated")),
                plain(rs.getBigDecimal("remaining")), rs.getString("status"), rs.getInt("priority"),
                rs.getString("priority_reason"), eta == null ? null : eta.toLocalDate(), rs.getString("eta_basis"),
                due == null ? null : due.toInstant(), rs.getString("sla_state"), allocations,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"), rs.getString("supplier_id"), priceOf(rs.getBigDecimal("unit_price")),
                rs.getString("currency"), BackorderValues.outstanding(plain(rs.getBigDecimal("remaining")),
                        rs.getString("status"), rs.getBigDecimal("unit_price"), rs.getString("currency")));
    }

    private static BigDecimal priceOf(BigDecimal unitPrice) {
        return unitPrice == null ? null : plain(unitPrice);
    }
}
