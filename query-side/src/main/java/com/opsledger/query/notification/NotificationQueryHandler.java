package com.opsledger.query.notification;

import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.notification.ListNotificationsQuery;
import com.opsledger.kernel.notification.NotificationView;
import com.opsledger.query.common.JdbcPages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
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
        StringBuilder where = new StringBuilder("from notification_view where true");
        List<Object> args = new ArrayList<>();
        if (query.scopeCustomerId() != null) {
            where.append(" and audience = 'customer'");
        }
        JdbcPages.filter(where, args, "customer_id = ?", query.scopeCustomerId());
        JdbcPages.filter(where, args, "customer_id = ?", query.customerId());
        JdbcPages.filter(where, args, "backorder_id = ?", query.backorderId());
        JdbcPages.filter(where, args, "kind = ?", query.kind());
        return JdbcPages.page(jdbc, "select *", where.toString(), args, query.page(), SORTABLE, "id",
                (rs, row) -> new NotificationView(rs.getString("id"), rs.getString("audience"), rs.getString("kind"),
                        rs.getString("customer_id"), rs.getString("backorder_id"), rs.getString("order_id"),
                        rs.getString("product_id"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                        rs.getString("detail"), rs.getTimestamp("created_at").toInstant()));
    }
}
