package com.opsledger.query.route;

import com.opsledger.kernel.delivery.TimeSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the route report knows of each delivery: its route, its time slot and its outcome ({@code on-time} when handed
 * over inside its slot, or with no slot; {@code late}; {@code failed} with a reason). Every write is an upsert keyed
 * by the delivery, and a route's figures are counted afresh from all of them, so a replayed event changes nothing.
 */
@Component
class RouteDeliveryOutcomes {

    static final String ON_TIME = "on-time";
    static final String LATE = "late";
    static final String FAILED = "failed";

    private final JdbcTemplate jdbc;

    RouteDeliveryOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void slot(String deliveryId, TimeSlot slot) {
        jdbc.update("insert into route_delivery_outcome (delivery_id, slot_from, slot_to) values (?, ?, ?) "
                        + "on conflict (delivery_id) do update set slot_from = excluded.slot_from, "
                        + "slot_to = excluded.slot_to", deliveryId, time(slot == null ? null : slot.from()),
                time(slot == null ? null : slot.to()));
    }

    /** Sets the delivery's route (null: off any route) and answers the route it was on before, if another. */
    String route(String deliveryId, String routeId) {
        String before = jdbc.queryForList("select route_id from route_delivery_outcome where delivery_id = ?",
                String.class, deliveryId).stream().filter(r -> r != null).findFirst().orElse(null);
        jdbc.update("insert into route_delivery_outcome (delivery_id, route_id) values (?, ?) on conflict "
                + "(delivery_id) do update set route_id = excluded.route_id", deliveryId, routeId);
        return before != null && !before.equals(routeId) ? before : null;
    }

    /** Records a handover at {@code at} and answers the delivery's route (null when on none). */
    String delivered(String deliveryId, Instant at) {
        TimeSlot slot = jdbc.query("select slot_from, slot_to from route_delivery_outcome where delivery_id = ?",
                (rs, n) -> new TimeSlot(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))), deliveryId)
                .stream().findFirst().orElse(null);
        return outcome(deliveryId, slot == null || slot.contains(at) ? ON_TIME : LATE, null);
    }

    /** Records a failure and answers the delivery's route (null when on none). */
    String failed(String deliveryId, String reason) {
        return outcome(deliveryId, FAILED, reason);
    }

    /** A route's figures as the report index holds them: delivered, onTime and failures by reason. */
    Map<String, Object> figures(String routeId) {
        Map<String, Long> failures = new LinkedHashMap<>();
        long[] delivered = {0};
        long[] onTime = {0};
        jdbc.query("select outcome, failure_reason from route_delivery_outcome where route_id = ? and outcome is not "
                + "null", (ResultSet rs) -> {
                    String outcome = rs.getString(1);
                    if (outcome.equals(FAILED)) {
                        failures.merge(DeliveryReportQueryHandler.FAILURE_REASONS.contains(rs.getString(2))
                                ? rs.getString(2) : "other", 1L, Long::sum);
                    } else {
                        delivered[0]++;
                        onTime[0] += outcome.equals(ON_TIME) ? 1 : 0;
                    }
                }, routeId);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("delivered", delivered[0]);
        fields.put("onTime", onTime[0]);
        Map<String, Object> byReason = new LinkedHashMap<>();
        DeliveryReportQueryHandler.FAILURE_REASONS.forEach(r -> byReason.put(r, failures.getOrDefault(r, 0L)));
        fields.put("failures", byReason);
        return fields;
    }

    void clear() {
        jdbc.update("delete from route_delivery_outcome");
    }

    private String outcome(String deliveryId, String outcome, String reason) {
        jdbc.update("insert into route_delivery_outcome (delivery_id, outcome, failure_reason) values (?, ?, ?) "
                + "on conflict (delivery_id) do update set outcome = excluded.outcome, "
                + "failure_reason = excluded.failure_reason", deliveryId, outcome, reason);
        return jdbc.queryForList("select route_id from route_delivery_outcome where delivery_id = ?", String.class,
                deliveryId).stream().filter(r -> r != null).findFirst().orElse(null);
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
