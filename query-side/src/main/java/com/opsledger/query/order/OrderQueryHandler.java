package com.opsledger.query.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.common.PageView;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.order.FindOrderQuery;
import com.opsledger.kernel.order.ListOrdersQuery;
import com.opsledger.kernel.order.OrderLineView;
import com.opsledger.kernel.order.OrderView;
import com.opsledger.query.common.JdbcPages;
import com.opsledger.query.common.SqlFilter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.opsledger.query.common.Amounts.plain;

/** Orders with their lines; a customer-portal asker (scope set) sees only their own. */
@Component
class OrderQueryHandler {

    static final Map<String, String> SORTABLE = Map.of("placedAt", "placed_at", "updatedAt", "updated_at",
            "status", "status");
    private static final String SELECT = "select id, customer_id, warehouse_id, status, delivery_address, "
            + "requested_date, placed_at, updated_at, version";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OrderQueryHandler(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    OrderView handle(FindOrderQuery query) {
        return find(jdbc, json, SqlFilter.from("from order_view where id = ?", query.orderId())
                .and("customer_id = ?", query.scopeCustomerId()));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PageView<OrderView> handle(ListOrdersQuery query) {
        SqlFilter where = SqlFilter.from("from order_view where true")
                .and("customer_id = ?", query.scopeCustomerId())
                .and("customer_id = ?", query.customerId())
                .and("status = ?", query.status())
                .and("placed_at >= ?", query.from() == null ? null : java.sql.Timestamp.from(query.from()))
                .and("placed_at < ?", query.to() == null ? null : java.sql.Timestamp.from(query.to()));
        PageView<OrderView> page = JdbcPages.page(jdbc, SELECT, where.sql(), where.args(), query.page(), SORTABLE,
                "id", (rs, row) -> order(json, rs));
        return page.withContent(withLines(jdbc, page.content()));
    }

    /** The order with its lines as stored; null when there is none. */
    static OrderView find(JdbcTemplate jdbc, ObjectMapper json, String orderId) {
        return find(jdbc, json, SqlFilter.from("from order_view where id = ?", orderId));
    }

    private static OrderView find(JdbcTemplate jdbc, ObjectMapper json, SqlFilter where) {
        List<OrderView> found = jdbc.query(SELECT + " " + where.sql(), (rs, row) -> order(json, rs),
                where.args().toArray());
        return found.isEmpty() ? null : withLines(jdbc, found).get(0);
    }

    private static List<OrderView> withLines(JdbcTemplate jdbc, List<OrderView> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<String, List<OrderLineView>> lines = new LinkedHashMap<>();
        orders.forEach(order -> lines.put(order.id(), new ArrayList<>()));
        String marks = String.join(",", orders.stream().map(o -> "?").toList());
        jdbc.query("select * from order_line_view where order_id in (" + marks + ") order by order_id, position",
                rs -> {
                    lines.get(rs.getString("order_id")).add(line(rs));
                }, lines.keySet().toArray());
        return orders.stream().map(o -> new OrderView(o.id(), o.customerId(), o.warehouseId(), o.status(),
                o.deliveryAddress(), o.requestedDate(), List.copyOf(lines.get(o.id())), o.placedAt(), o.updatedAt(),
                o.version())).toList();
    }

    private static OrderView order(ObjectMapper json, ResultSet rs) throws SQLException {
        java.sql.Date requested = rs.getDate("requested_date");
        return new OrderView(rs.getString("id"), rs.getString("customer_id"), rs.getString("warehouse_id"),
                rs.getString("status"), address(json, rs.getString("delivery_address")),
                requested == null ? null : requested.toLocalDate(), List.of(),
                rs.getTimestamp("placed_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static OrderLineView line(ResultSet rs) throws SQLException {
        BigDecimal quantity = rs.getBigDecimal("quantity");
        BigDecimal reserved = rs.getBigDecimal("reserved");
        BigDecimal backordered = rs.getBigDecimal("backordered");
        BigDecimal cancelled = rs.getBigDecimal("cancelled");
        return new OrderLineView(rs.getString("id"), rs.getString("product_id"), rs.getString("stock_item_id"),
                rs.getString("unit"), plain(quantity), plain(reserved), plain(backordered),
                plain(rs.getBigDecimal("allocated")), plain(cancelled),
                plain(quantity.subtract(reserved).subtract(backordered).subtract(cancelled)), rs.getString("status"),
                rs.getString("backorder_id"), plain(rs.getBigDecimal("out_for_delivery")),
                plain(rs.getBigDecimal("delivered")));
    }

    private static Address address(ObjectMapper json, String text) {
        try {
            return text == null ? null : json.readValue(text, Address.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
