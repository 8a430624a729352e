package com.opsledger.command.lookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
class JdbcDeliveryLookups implements DeliveryLookups {

    private final JdbcTemplate jdbc;

    JdbcDeliveryLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReadyOrder> readyOrder(String orderId) {
        List<Map<String, Object>> order = jdbc.queryForList("select customer_id, warehouse_id from cmd_delivery_order "
                + "where order_id = ?", orderId);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ReadyLine> lines = new LinkedHashMap<>();
        jdbc.query("select line_id, product_id, stock_item_id, unit from cmd_delivery_line where order_id = ? "
                + "order by position", rs -> {
            lines.put(rs.getString(1), new ReadyLine(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), new ArrayList<>()));
        }, orderId);
        jdbc.query("select line_id, reservation_id, quantity from cmd_delivery_reservation where order_id = ? "
                + "and delivery_id is null and not released order by position", rs -> {
            ReadyLine line = lines.get(rs.getString(1));
            if (line != null) {
                line.reservations().add(new Reservation(rs.getString(2), rs.getBigDecimal(3)));
            }
        }, orderId);
        return Optional.of(new ReadyOrder(orderId, (String) order.get(0).get("customer_id"),
                (String) order.get(0).get("warehouse_id"), List.copyOf(lines.values())));
    }

    @Override
    public List<String> deliveriesHolding(List<String> reservationIds) {
        return reservationIds.isEmpty() ? List.of() : jdbc.queryForList("select distinct delivery_id from "
                + "cmd_delivery_reservation where reservation_id = any(?) and delivery_id is not null", String.class,
                (Object) reservationIds.toArray(String[]::new));
    }

    @Override
    public boolean proofCodeRequired(String customerId) {
        return jdbc.queryForList("select proof_code_required from cmd_delivery_customer where customer_id = ?",
                Boolean.class, customerId).stream().findFirst().orElse(true);
    }
}
