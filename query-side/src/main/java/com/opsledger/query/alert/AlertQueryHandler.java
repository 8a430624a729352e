package com.opsledger.query.alert;

import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertSettingsView;
import com.opsledger.kernel.alert.AlertView;
import com.opsledger.kernel.alert.FindAlertQuery;
import com.opsledger.kernel.alert.FindAlertSettingsQuery;
import com.opsledger.kernel.alert.ListAlertsQuery;
import com.opsledger.kernel.alert.ListOverduePurchaseOrdersQuery;
import com.opsledger.kernel.alert.OverduePurchaseOrderView;
import com.opsledger.kernel.common.PageView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Component
class AlertQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("raisedAt", "raised_at", "updatedAt", "updated_at",
            "kind", "kind", "severity", "severity");
    /** The purchase orders whose delivery is the supplier's to make: sent, confirmed or on their way in part. */
    static final List<String> AWAITED_FROM_SUPPLIER = List.of("SENT", "CONFIRMED", "PARTIALLY_RECEIVED");

    private final JdbcTemplate jdbc;

    AlertQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<AlertView> handle(ListAlertsQuery query) {
        SqlFilter where = scoped(SqlFilter.from("from alert_view where kind = any(?)",
                (Object) query.kinds().toArray(String[]::new)), query.customerScope(), query.supplierScope())
                .and("status = ?", query.status())
                .and("kind = ?", query.kind())
                .and("warehouse_id = ?", query.warehouseId());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, Set.of(), "id",
                (rs, row) -> AlertRows.view(rs));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AlertView handle(FindAlertQuery query) {
        SqlFilter where = scoped(SqlFilter.from("from alert_view where id = ? and kind = any(?)", query.alertId(),
                query.kinds().toArray(String[]::new)), query.customerScope(), query.supplierScope());
        return jdbc.query("select * " + where.sql(), (rs, row) -> AlertRows.view(rs), where.args().toArray())
                .stream().findFirst().orElse(null);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AlertSettingsView handle(FindAlertSettingsQuery query) {
        return jdbc.query("select muted_kinds from alert_settings_view where user_id = ?",
                        (rs, row) -> new AlertSettingsView(muted(rs.getString(1))), query.userId()).stream()
                .findFirst().orElse(new AlertSettingsView(List.of()));
    }

    /** The operations dashboard's overdue supplier deliveries, less those an alert was raised for already. */
    @QueryHandler
    @Transactional(readOnly = true)
    List<OverduePurchaseOrderView> handle(ListOverduePurchaseOrdersQuery query) {
        return jdbc.query("select o.id, o.number, o.supplier_id, o.warehouse_id, o.expected_date "
                        + "from purchase_order_view o where o.status = any(?) and o.expected_date < ? "
                        + "and not exists (select 1 from alert_view a where a.subject_id = o.id and a.kind = ?) "
                        + "order by o.expected_date, o.id limit 500",
                (rs, row) -> new OverduePurchaseOrderView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getDate(5).toLocalDate()),
                AWAITED_FROM_SUPPLIER.toArray(String[]::new), Date.valueOf(query.today()), AlertKinds.SUPPLIER_LATE);
    }

    static List<String> muted(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** A caller held to a customer or supplier sees the alerts of theirs only. */
    private static SqlFilter scoped(SqlFilter where, String customerScope, String supplierScope) {
        if (customerScope == null && supplierScope == null) {
            return where;
        }
        return where.andAlways("(customer_id = ? or supplier_id = ?)",
                customerScope == null ? Scope.NO_RECORD : customerScope,
                supplierScope == null ? Scope.NO_RECORD : supplierScope);
    }
}
