package com.opsledger.query.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsledger.kernel.order.OrderEvent;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineShortfallCancelledEvent;
import com.opsledger.kernel.order.OrderLineView;
import com.opsledger.kernel.order.OrderLinesDeliveredEvent;
import com.opsledger.kernel.order.OrderLinesDispatchedEvent;
import com.opsledger.kernel.order.OrderLinesReturnedEvent;
import com.opsledger.kernel.order.LineQuantity;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.OrderView;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordEvolution;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.UnaryOperator;

import static com.opsledger.query.common.Amounts.plain;

/**
 * Orders and their lines, and an order as it was at any instant: both follow its events through one
 * {@link #evolve}, which derives line and order status from the line figures. Every change is applied once: an event
 * at or below the order's version (the aggregate sequence number) is skipped. A portal customer sees only their own
 * orders.
 */
@Component
@ReadModelTables({"order_view", "order_line_view"})
@ProcessingGroup("orders-postgres")
class OrderTablePostgresProjection extends RecordEvolution<OrderView> {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OrderTablePostgresProjection(JdbcTemplate jdbc, ObjectMapper json) {
        super("orders", "CustomerOrder", OrderView::version, RecordScopes.ofCustomer(OrderView::customerId));
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public OrderView evolve(OrderView o, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof OrderPlacedEvent e) {
            List<OrderLineView> lines = e.lines().stream().map(OrderTablePostgresProjection::placed).toList();
            return new OrderView(e.orderId(), e.customerId(), e.warehouseId(), status(lines), e.deliveryAddress(),
                    e.requestedDate(), lines, event.timestamp(), event.timestamp(), event.sequenceNumber());
        }
        if (o == null) {
            return null;
        }
        if (payload instanceof OrderLineReservedEvent e) {
            BigDecimal q = e.quantity().amount();
            return line(o, event, e.lineId(), l -> e.backorderId() == null
                    ? figures(l, l.reserved().add(q), l.backordered(), l.allocated(), l.cancelled(), l.backorderId())
                    : figures(l, l.reserved().add(q), l.backordered().subtract(q).max(BigDecimal.ZERO),
                    l.allocated().add(q), l.cancelled(), l.backorderId()));
        }
        if (payload instanceof OrderLineBackorderedEvent e) {
            return line(o, event, e.lineId(), l -> figures(l, l.reserved(), l.backordered().add(e.quantity().amount()),
                    l.allocated(), l.cancelled(), e.backorderId()));
        }
        if (payload instanceof OrderLineShortfallCancelledEvent e) {
            BigDecimal q = e.quantity().amount();
            return line(o, event, e.lineId(), l -> figures(l, l.reserved(), l.backordered().subtract(q),
                    l.allocated(), l.cancelled().add(q), l.backorderId()));
        }
        if (payload instanceof OrderLineCancelledEvent e) {
            return line(o, event, e.lineId(), l -> figures(l, BigDecimal.ZERO, BigDecimal.ZERO, l.allocated(),
                    l.quantity(), l.backorderId()));
        }
        if (payload instanceof OrderLinesDispatchedEvent e) {
            return lines(o, event, e.lines(), (l, q) -> refigured(OrderDeliveries.out(l, q)));
        }
        if (payload instanceof OrderLinesDeliveredEvent e) {
            return lines(o, event, e.lines(), (l, q) -> refigured(OrderDeliveries.arrived(l, q)));
        }
        if (payload instanceof OrderLinesReturnedEvent e) {
            return lines(o, event, e.lines(), (l, q) -> refigured(OrderDeliveries.back(l, q)));
        }
        // the order's other events (a line or the order fulfilled or cancelled) only move its version
        return line(o, event, null, UnaryOperator.identity());
    }

    @EventHandler
    void on(OrderEvent event, DomainEventMessage<?> message) {
        project(event.orderId(), message);
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

    /** The stored order evolved by the event, written back: the order row and the lines that changed. */
    private void project(String orderId, DomainEventMessage<?> message) {
        OrderView stored = OrderQueryHandler.find(jdbc, json, orderId);
        OrderView o = evolveOnce(stored, RecordEvent.of(message));
        if (o == null) {
            return;
        }
        if (stored == null) {
            jdbc.update("insert into order_view (id, customer_id, warehouse_id, status, delivery_address, "
                            + "requested_date, placed_at, updated_at, version) values (?, ?, ?, ?, cast(? as jsonb), "
                            + "?, ?, ?, ?) on conflict do nothing", o.id(), o.customerId(), o.warehouseId(),
                    o.status(), write(o.deliveryAddress()),
                    o.requestedDate() == null ? null : Date.valueOf(o.requestedDate()), Timestamp.from(o.placedAt()),
                    Timestamp.from(o.updatedAt()), o.version());
            int position = 0;
            for (OrderLineView line : o.lines()) {
                jdbc.update("insert into order_line_view (id, order_id, position, product_id, stock_item_id, unit, "
                                + "quantity, reserved, backordered, allocated, cancelled, status, backorder_id) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", line.id(), o.id(), position++,
                        line.productId(), line.stockItemId(), line.unit(), line.quantity(), line.reserved(),
                        line.backordered(), line.allocated(), line.cancelled(), line.status(), line.backorderId());
            }
            return;
        }
        jdbc.update("update order_view set status = ?, updated_at = ?, version = ? where id = ? and version < ?",
                o.status(), Timestamp.from(o.updatedAt()), o.version(), o.id(), o.version());
        for (OrderLineView line : o.lines()) {
            if (!stored.lines().contains(line)) {
                jdbc.update("update order_line_view set reserved = ?, backordered = ?, allocated = ?, cancelled = ?, "
                                + "status = ?, backorder_id = ?, out_for_delivery = ?, delivered = ? where id = ?",
                        line.reserved(), line.backordered(), line.allocated(), line.cancelled(), line.status(),
                        line.backorderId(), line.outForDelivery(), line.delivered(), line.id());
            }
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OrderLineView placed(OrderLine line) {
        BigDecimal zero = BigDecimal.ZERO;
        return figures(new OrderLineView(line.lineId(), line.productId(), line.stockItemId(), line.quantity().unit(),
                line.quantity().amount(), zero, zero, zero, zero, zero, "pending", null, zero, zero), zero, zero, zero,
                zero, null);
    }

    private static OrderLineView refigured(OrderLineView l) {
        return figures(l, l.reserved(), l.backordered(), l.allocated(), l.cancelled(), l.backorderId());
    }

    /** The order after a delivery step changed some of its lines. */
    private static OrderView lines(OrderView o, RecordEvent event, List<LineQuantity> quantities,
                                   java.util.function.BiFunction<OrderLineView, BigDecimal, OrderLineView> change) {
        OrderView changed = o;
        for (LineQuantity q : quantities) {
            changed = line(changed, event, q.lineId(), l -> change.apply(l, q.quantity().amount()));
        }
        return changed;
    }

    /** The order after one line changed (none when {@code lineId} is null): a new version, the status derived anew. */
    private static OrderView line(OrderView o, RecordEvent event, String lineId, UnaryOperator<OrderLineView> change) {
        List<OrderLineView> lines = o.lines().stream().map(l -> l.id().equals(lineId) ? change.apply(l) : l).toList();
        return new OrderView(o.id(), o.customerId(), o.warehouseId(), status(lines), o.deliveryAddress(),
                o.requestedDate(), lines, o.placedAt(), event.timestamp(), event.sequenceNumber());
    }

    private static OrderLineView figures(OrderLineView l, BigDecimal reserved, BigDecimal backordered,
                                         BigDecimal allocated, BigDecimal cancelled, String backorderId) {
        BigDecimal quantity = l.quantity();
        BigDecimal pending = quantity.subtract(reserved).subtract(backordered).subtract(cancelled);
        String status;
        if (cancelled.compareTo(quantity) == 0) {
            status = "cancelled";
        } else if (backordered.signum() > 0) {
            status = "backordered";
        } else if (l.delivered().signum() > 0 && quantity.subtract(cancelled).compareTo(l.delivered()) == 0) {
            status = "delivered";
        } else if (l.outForDelivery().signum() > 0) {
            status = "out-for-delivery";
        } else if (reserved.signum() > 0 && quantity.subtract(reserved).subtract(cancelled).signum() == 0) {
            status = "fulfilled";
        } else {
            status = "pending";
        }
        return new OrderLineView(l.id(), l.productId(), l.stockItemId(), l.unit(), plain(quantity), plain(reserved),
                plain(backordered), plain(allocated), plain(cancelled), plain(pending), status, backorderId,
                plain(l.outForDelivery()), plain(l.delivered()));
    }

    private static String status(List<OrderLineView> lines) {
        if (lines.isEmpty()) {
            return "placed";
        }
        if (lines.stream().allMatch(l -> l.status().equals("cancelled"))) {
            return "cancelled";
        }
        if (lines.stream().anyMatch(l -> l.status().equals("backordered"))) {
            return "backordered";
        }
        if (lines.stream().allMatch(l -> l.status().equals("delivered") || l.status().equals("cancelled"))) {
            return "delivered";
        }
        if (lines.stream().anyMatch(l -> l.status().equals("out-for-delivery"))) {
            return "out-for-delivery";
        }
        if (lines.stream().allMatch(l -> l.status().equals("fulfilled") || l.status().equals("cancelled"))) {
            return "fulfilled";
        }
        return "placed";
    }
}
