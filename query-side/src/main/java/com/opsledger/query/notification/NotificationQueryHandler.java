package com.opsledger.query.notification;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.notification.ListNotificationsQuery;
import com.opsledger.kernel.notification.NotificationView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
class NotificationQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at");

    private final JdbcTemplate jdbc;

    NotificationQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    PageView<NotificationView> handle(ListNotificationsQuery query) {
        SqlFilter where = SqlFilter.from("from notification_view where true");
        if (query.scopeCustomerId() != null) {
            where.andAlways("audience = 'customer'");
        }
        where.and("customer_id = ?", query.scopeCustomerId())
                .and("customer_id = ?", query.customerId())
                .and("backorder_id = ?", query.backorderId())
                .and("kind = ?", query.kind());
        return JdbcPages.page(jdbc, "select *", where.sql(), where.args(), query.page(), SORTABLE, "id",
                (rs, row) -> new NotificationView(rs.getString("id"), rs.getString("audience"), rs.getString("kind"),
                        rs.getString("customer_id"), rs.getString("backorder_id"), rs.getString("order_id"),
                        rs.getString("product_id"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                        rs.getString("detail"), rs.getTimestamp("created_at").toInstant()));
    }
}
