package com.opsledger.query.order;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.order.OrderCancelledEvent;
import com.opsledger.kernel.order.OrderFulfilledEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineFulfilledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineShortfallCancelledEvent;
import com.opsledger.kernel.order.OrderPlacedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;

/**
 * Orders and their lines. Every change is applied once: the order's version (the aggregate sequence number) moves
 * first, and an event at or below it is skipped. Line and order status are derived from the line figures.
 */
@Component
@ReadModelTables({"order_view", "order_line_view"})
@ProcessingGroup("orders-postgres")
class OrderTablePostgresProjection {

    static final String LINE_STATUS = "case when cancelled = quantity then 'cancelled' "
            + "when backordered > 0 then 'backordered' "
            + "when reserved > 0 and quantity - reserved - cancelled = 0 then 'fulfilled' else 'pending' end";
    static final String ORDER_STATUS = "(select case when bool_and(l.status = 'cancelled') then 'cancelled' "
            + "when bool_or(l.status = 'backordered') then 'backordered' "
            + "when bool_and(l.status in ('fulfilled', 'cancelled')) then 'fulfilled' else 'placed' end "
            + "from order_line_view l where l.order_id = order_view.id)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OrderTablePostgresProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        int inserted = jdbc.update("insert into order_view (id, customer_id, warehouse_id, status, delivery_address, "
                        + "requested_date, placed_at, updated_at, version) values (?, ?, ?, 'placed', cast(? as jsonb), "
                        + "?, ?, ?, ?) on conflict do nothing", event.orderId(), event.customerId(), event.warehouseId(),
                write(event.deliveryAddress()), event.requestedDate() == null ? null : Date.valueOf(event.requestedDate()),
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), sequence);
        if (inserted == 0) {
            return;
        }
        int position = 0;
        for (OrderLine line : event.lines()) {
            jdbc.update("insert into order_line_view (id, order_id, position, product_id, stock_item_id, unit, quantity, "
                            + "reserved, backordered, allocated, cancelled, status) values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, "
                            + "'pending')", line.lineId(), event.orderId(), position++, line.productId(),
                    line.stockItemId(), line.quantity().unit(), line.quantity().amount());
        }
    }

    @EventHandler
    void on(OrderLineReservedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.orderId(), sequence, at)) {
            BigDecimal quantity = event.quantity().amount();
            if (event.backorderId() == null) {
                jdbc.update("update order_line_view set reserved = reserved + ? where id = ?", quantity, event.lineId());
            } else {
                jdbc.update("update order_line_view set reserved = reserved + ?, allocated = allocated + ?, "
                        + "backordered = greatest(backordered - ?, 0) where id = ?", quantity, quantity, quantity,
                        event.lineId());
            }
            statuses(event.orderId(), event.lineId());
        }
    }

    @EventHandler
    void on(OrderLineBackorderedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.orderId(), sequence, at)) {
            jdbc.update("update order_line_view set backordered = backordered + ?, backorder_id = ? where id = ?",
                    event.quantity().amount(), event.backorderId(), event.lineId());
            statuses(event.orderId(), event.lineId());
        }
    }

    @EventHandler
    void on(OrderLineShortfallCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.orderId(), sequence, at)) {
            jdbc.update("update order_line_view set backordered = backordered - ?, cancelled = cancelled + ? "
                    + "where id = ?", event.quantity().amount(), event.quantity().amount(), event.lineId());
            statuses(event.orderId(), event.lineId());
        }
    }

    @EventHandler
    void on(OrderLineCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.orderId(), sequence, at)) {
            jdbc.update("update order_line_view set reserved = 0, backordered = 0, cancelled = quantity where id = ?",
                    event.lineId());
            statuses(event.orderId(), event.lineId());
        }
    }

    @EventHandler
    void on(OrderLineFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(event.orderId(), sequence, at);
    }

    @EventHandler
    void on(OrderFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(event.orderId(), sequence, at);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(event.orderId(), sequence, at);
    }

    /** A customer's erasure takes the delivery addresses of their orders, as a replay would. */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        jdbc.update("update order_view set delivery_address = null where customer_id = ?", event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from order_line_view");
        jdbc.update("delete from order_view");
    }

    private boolean advance(String orderId, long sequence, Instant at) {
        return jdbc.update("update order_view set version = ?, updated_at = ? where id = ? and version < ?", sequence,
                java.sql.Timestamp.from(at), orderId, sequence) == 1;
    }

    private void statuses(String orderId, String lineId) {
        jdbc.update("update order_line_view set status = " + LINE_STATUS + " where id = ?", lineId);
        jdbc.update("update order_view set status = " + ORDER_STATUS + " where id = ?", orderId);
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
