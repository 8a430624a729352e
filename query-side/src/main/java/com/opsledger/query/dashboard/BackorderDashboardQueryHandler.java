package com.opsledger.query.dashboard;

import com.opsledger.kernel.dashboard.BackorderDashboardPoint;
import com.opsledger.kernel.dashboard.BackorderDashboardQuery;
import com.opsledger.kernel.dashboard.BackorderDashboardView;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import static com.opsledger.query.common.Amounts.plain;

/**
 * The backorder KPIs: how many of the period's backorders were filled and how long that took from the fulfilment-time
 * read model ({@code backorder_fulfilment_view}, which holds each backorder's creation and filling; while it back-fills
 * its history it answers from what it holds so far), what is open and outstanding now from the backorder table (its
 * outstanding value is remaining x its line's price while open).
 */
@Component
class BackorderDashboardQueryHandler {

    private static final String OUTSTANDING = "case when b.status in ('pending', 'in-progress') and b.unit_price is "
            + "not null then b.remaining * b.unit_price else 0 end";

    private final JdbcTemplate jdbc;

    BackorderDashboardQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    BackorderDashboardView handle(BackorderDashboardQuery query) {
        SqlFilter period = fulfilment(query).andAlways("f.created_at >= ? and f.created_at < ?",
                Timestamp.from(query.from()), Timestamp.from(query.to()));
        BackorderDashboardView kpis = jdbc.queryForObject("select count(*), "
                + "count(*) filter (where f.filled_at is not null), "
                + "avg(f.hours) filter (where f.filled_at is not null), "
                + "percentile_cont(0.9) within group (order by f.hours) filter (where f.filled_at is not null) "
                + period.sql(), (rs, row) -> {
            long created = rs.getLong(1);
            long filled = rs.getLong(2);
            return new BackorderDashboardView(filled, created == 0 ? null : plain(BigDecimal.valueOf(filled)
                    .divide(BigDecimal.valueOf(created), 4, RoundingMode.HALF_UP)), hours(rs.getBigDecimal(3)),
                    hours(rs.getBigDecimal(4)), null, 0, 0, 0, List.of());
        }, period.args().toArray());
        SqlFilter open = filters(query).andAlways("b.status in ('pending', 'in-progress')");
        BackorderDashboardView now = jdbc.queryForObject("select coalesce(sum(" + OUTSTANDING + "), 0), count(*), "
                + "count(*) filter (where b.sla_state = 'at-risk'), count(*) filter (where b.sla_state = 'breached') "
                + open.sql(), (rs, row) -> new BackorderDashboardView(0, null, null, null,
                money(rs.getBigDecimal(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4), List.of()),
                open.args().toArray());
        return new BackorderDashboardView(kpis.filled(), kpis.fillRate(), kpis.averageFulfilmentHours(),
                kpis.p90FulfilmentHours(), now.outstandingValue(), now.open(), now.atRisk(), now.breached(),
                series(query));
    }

    /** Every bucket of the period (UTC), with what was created and filled in it. */
    private List<BackorderDashboardPoint> series(BackorderDashboardQuery query) {
        SqlFilter created = filters(query);
        SqlFilter filled = fulfilment(query).andAlways("f.filled_at is not null");
        List<Object> args = new ArrayList<>(List.of(query.interval(), Timestamp.from(query.from()),
                Timestamp.from(query.to()), "1 " + query.interval(), query.interval()));
        args.addAll(created.args());
        args.add(query.interval());
        args.addAll(filled.args());
        String sql = "with buckets as (select generate_series(date_trunc(?, cast(? as timestamptz) at time zone 'UTC'), "
                + "(cast(? as timestamptz) at time zone 'UTC') - interval '1 microsecond', cast(? as interval)) as at), "
                + "created as (select date_trunc(?, b.created_at at time zone 'UTC') as at, count(*) as n, "
                + "sum(" + OUTSTANDING + ") as value " + created.sql() + " group by 1), "
                + "filled as (select date_trunc(?, f.filled_at at time zone 'UTC') as at, count(*) as n "
                + filled.sql() + " group by 1) "
                + "select buckets.at, coalesce(created.n, 0), coalesce(filled.n, 0), coalesce(created.value, 0) "
                + "from buckets left join created on created.at = buckets.at "
                + "left join filled on filled.at = buckets.at order by buckets.at";
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return jdbc.query(sql, (rs, row) -> new BackorderDashboardPoint(rs.getTimestamp(1, utc).toInstant(),
                rs.getLong(2), rs.getLong(3), money(rs.getBigDecimal(4))), args.toArray());
    }

    private static SqlFilter filters(BackorderDashboardQuery query) {
        return SqlFilter.from("from backorder_view b left join product_view p on p.id = b.product_id where true")
                .and("lower(p.category) = lower(?)", query.category())
                .and("b.supplier_id = ?", query.supplierId())
                .and("b.warehouse_id = ?", query.warehouseId())
                .and("b.customer_id = ?", query.customerId())
                .and("b.customer_id = ?", query.scopeCustomerId());
    }

    /** The same filters over the fulfilment-time read model and its own product categories. */
    private static SqlFilter fulfilment(BackorderDashboardQuery query) {
        return SqlFilter.from("from backorder_fulfilment_view f left join backorder_fulfilment_product_ref p "
                        + "on p.product_id = f.product_id where true")
                .and("lower(p.category) = lower(?)", query.category())
                .and("f.supplier_id = ?", query.supplierId())
                .and("f.warehouse_id = ?", query.warehouseId())
                .and("f.customer_id = ?", query.customerId())
                .and("f.customer_id = ?", query.scopeCustomerId());
    }

    private static BigDecimal money(BigDecimal amount) {
        return plain(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static BigDecimal hours(BigDecimal hours) {
        return hours == null ? null : plain(hours.setScale(2, RoundingMode.HALF_UP));
    }
}
