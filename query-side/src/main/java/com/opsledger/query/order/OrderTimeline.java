package com.opsledger.query.order;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineCancelledEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineShortfallCancelledEvent;
import com.opsledger.kernel.order.OrderLineView;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.OrderView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An order with its lines as it was at any instant, with line and order status derived from the line figures as the
 * read model derives them; a portal customer sees only their own orders.
 */
@Component
class OrderTimeline implements ViewEvolution<OrderView> {

    @Override
    public String resource() {
        return "orders";
    }

    @Override
    public long version(OrderView state) {
        return state.version();
    }

    @Override
    public String aggregateType() {
        return "CustomerOrder";
    }

    @Override
    public OrderView evolve(OrderView o, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof OrderPlacedEvent e) {
            List<OrderLineView> lines = e.lines().stream().map(OrderTimeline::placed).toList();
            return new OrderView(e.orderId(), e.customerId(), e.warehouseId(), status(lines), e.deliveryAddress(),
                    e.requestedDate(), lines, event.timestamp(), event.timestamp(), event.sequenceNumber());
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
        return o == null ? null : line(o, event, null, UnaryOperator.identity());
    }

    @Override
    public boolean visibleTo(Caller caller, OrderView order) {
        return RecordScopes.customerRecord(caller, order.customerId());
    }

    private static OrderLineView placed(OrderLine line) {
        BigDecimal zero = BigDecimal.ZERO;
        return figures(new OrderLineView(line.lineId(), line.productId(), line.stockItemId(), line.quantity().unit(),
                line.quantity().amount(), zero, zero, zero, zero, zero, "pending", null), zero, zero, zero, zero, null);
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
        } else if (reserved.signum() > 0 && quantity.subtract(reserved).subtract(cancelled).signum() == 0) {
            status = "fulfilled";
        } else {
            status = "pending";
        }
        return new OrderLineView(l.id(), l.productId(), l.stockItemId(), l.unit(), plain(quantity), plain(reserved),
                plain(backordered), plain(allocated), plain(cancelled), plain(pending), status, backorderId);
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
        if (lines.stream().allMatch(l -> l.status().equals("fulfilled") || l.status().equals("cancelled"))) {
            return "fulfilled";
        }
        return "placed";
    }

    private static BigDecimal plain(BigDecimal value) {
        return OrderQueryHandler.plain(value);
    }
}
