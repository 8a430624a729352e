package com.opsledger.query.order;

import com.opsledger.kernel.order.OrderLineView;

import java.math.BigDecimal;

/** What a delivery step does to a line's figures: goods go out, arrive, or come back (no longer reserved). */
final class OrderDeliveries {

    private OrderDeliveries() {
    }

    static OrderLineView out(OrderLineView l, BigDecimal q) {
        return with(l, l.reserved(), l.outForDelivery().add(q), l.delivered());
    }

    static OrderLineView arrived(OrderLineView l, BigDecimal q) {
        return with(l, l.reserved(), l.outForDelivery().subtract(q).max(BigDecimal.ZERO), l.delivered().add(q));
    }

    static OrderLineView back(OrderLineView l, BigDecimal q) {
        return with(l, l.reserved().subtract(q).max(BigDecimal.ZERO), l.outForDelivery().subtract(q)
                .max(BigDecimal.ZERO), l.delivered());
    }

    private static OrderLineView with(OrderLineView l, BigDecimal reserved, BigDecimal out, BigDecimal delivered) {
        return new OrderLineView(l.id(), l.productId(), l.stockItemId(), l.unit(), l.quantity(), reserved,
                l.backordered(), l.allocated(), l.cancelled(), l.pending(), l.status(), l.backorderId(), out,
                delivered);
    }
}
