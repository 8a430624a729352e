package com.opsledger.query.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The orders and backorder events of a period, read straight from the event store in its order (no read model is
 * read or written). Stored timestamps are text, so the query reads a second either side and the period is applied
 * exactly here.
 */
@Component
class AllocationHistory {

    private static final Map<String, HistoryEvent.Kind> KINDS = Map.of(
            OrderPlacedEvent.class.getName(), HistoryEvent.Kind.ORDER_PLACED,
            BackorderCreatedEvent.class.getName(), HistoryEvent.Kind.BACKORDER_CREATED,
            BackorderAllocatedEvent.class.getName(), HistoryEvent.Kind.ALLOCATED,
            BackorderFulfilledEvent.class.getName(), HistoryEvent.Kind.FULFILLED,
            BackorderCancelledEvent.class.getName(), HistoryEvent.Kind.CANCELLED);
    private static final String WHERE = " from domain_event_entry where payload_type in (?, ?, ?, ?, ?) "
            + "and time_stamp >= ? and time_stamp < ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AllocationHistory(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** About how many events the period holds (a second either side), to decide whether to answer in the background. */
    long count(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*)" + WHERE, Long.class, args(from, to));
        return count == null ? 0 : count;
    }

    List<HistoryEvent> read(Instant from, Instant to, String productId, String warehouseId) {
        List<HistoryEvent> events = new ArrayList<>();
        jdbc.query("select payload_type, time_stamp, payload" + WHERE + " order by global_index", rs -> {
            Instant at = Instant.parse(rs.getString(2));
            if (at.isBefore(from) || !at.isBefore(to)) {
                return;
            }
            HistoryEvent.Kind kind = KINDS.get(rs.getString(1));
            JsonNode payload = tree(rs.getBytes(3));
            if (kind != HistoryEvent.Kind.BACKORDER_CREATED || (matches(productId, payload, "productId")
                    && matches(warehouseId, payload, "warehouseId"))) {
                events.add(event(kind, at, payload));
            }
        }, args(from, to));
        return events;
    }

    private Object[] args(Instant from, Instant to) {
        List<Object> args = new ArrayList<>(KINDS.keySet().stream().sorted().toList());
        args.add(from.minusSeconds(1).toString());
        args.add(to.plusSeconds(1).toString());
        return args.toArray();
    }

    private HistoryEvent event(HistoryEvent.Kind kind, Instant at, JsonNode payload) {
        return new HistoryEvent(kind, at, text(payload, "backorderId"), text(payload, "orderId"),
                text(payload, "stockItemId"), tier(payload), amount(payload), payload.path("priority")
                .asInt(0), instant(payload.path("slaDueDate")), instant(payload.path("orderPlacedAt")),
                price(payload.path("unitPrice")));
    }

    private static String tier(JsonNode payload) {
        String tier = text(payload, "customerTier");
        return tier == null ? null : tier.toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean matches(String wanted, JsonNode payload, String field) {
        return wanted == null || wanted.equals(text(payload, field));
    }

    private static BigDecimal amount(JsonNode payload) {
        JsonNode quantity = payload.path("quantity");
        JsonNode amount = quantity.isObject() ? quantity.path("amount") : quantity;
        return amount.isMissingNode() || amount.isNull() ? BigDecimal.ZERO : amount.decimalValue();
    }

    /** The line's unit price where the backorder carries one (revision 2), else null. */
    private static BigDecimal price(JsonNode unitPrice) {
        JsonNode amount = unitPrice.path("amount");
        return amount.isNumber() || amount.isTextual() ? new BigDecimal(amount.asText()) : null;
    }

    private static Instant instant(JsonNode value) {
        if (value.isTextual()) {
            return Instant.parse(value.asText());
        }
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                    .longValue());
        }
        return null;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private JsonNode tree(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event of the period has an unreadable payload", e);
        }
    }
}
