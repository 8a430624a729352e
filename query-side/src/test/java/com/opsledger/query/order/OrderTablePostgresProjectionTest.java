package com.opsledger.query.order;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.Scope;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.order.OrderLine;
import com.opsledger.kernel.order.OrderLineBackorderedEvent;
import com.opsledger.kernel.order.OrderLineReservedEvent;
import com.opsledger.kernel.order.OrderLineView;
import com.opsledger.kernel.order.OrderPlacedEvent;
import com.opsledger.kernel.order.OrderView;
import com.opsledger.query.audit.RecordEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An order evolves its line and order status from the line figures, for the read model and for its past alike. */
class OrderTablePostgresProjectionTest {

    private final OrderTablePostgresProjection order = new OrderTablePostgresProjection(null, null);
    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Quantity pcs(int amount) {
        return Quantity.of(BigDecimal.valueOf(amount), "pcs");
    }

    @Test
    void canFoldAnOrderFromPlacedThroughBackorderedToFulfilled() {
        OrderView o = order.evolve(null, new RecordEvent(new OrderPlacedEvent("o1", "c1", "gold", "w1",
                List.of(new OrderLine("l1", "p1", "s1", pcs(10))), null, null), 0, t0));
        assertThat(o.status()).isEqualTo("placed");
        o = order.evolve(o, new RecordEvent(new OrderLineReservedEvent("o1", "l1", "s1", "r1", pcs(6), null), 1,
                t0.plusSeconds(1)));
        o = order.evolve(o, new RecordEvent(new OrderLineBackorderedEvent("o1", "l1", "b1", pcs(4)), 2,
                t0.plusSeconds(2)));
        OrderLineView line = o.lines().get(0);
        assertThat(o.status()).isEqualTo("backordered");
        assertThat(line.reserved()).isEqualByComparingTo("6");
        assertThat(line.backordered()).isEqualByComparingTo("4");
        assertThat(line.pending()).isEqualByComparingTo("0");
        assertThat(line.backorderId()).isEqualTo("b1");

        o = order.evolve(o, new RecordEvent(new OrderLineReservedEvent("o1", "l1", "s1", "r2", pcs(4), "b1"), 3,
                t0.plusSeconds(3)));
        assertThat(o.status()).isEqualTo("fulfilled");
        assertThat(o.lines().get(0).allocated()).isEqualByComparingTo("4");
        assertThat(o.version()).isEqualTo(3);
        assertThat(o.updatedAt()).isEqualTo(t0.plusSeconds(3));
        assertThat(o.placedAt()).isEqualTo(t0);

        assertThat(order.visibleTo(Caller.system(), o)).isTrue();
        assertThat(order.visibleTo(new Caller("u", "u", Set.of(), Set.of("audit:read"), "c2", null, null,
                Scope.heldTo("c2", null, null)), o))
                .isFalse();
    }

    @Test
    void canFollowADeliveryOutAndBackOrToTheCustomer() {
        OrderView o = order.evolve(null, new RecordEvent(new OrderPlacedEvent("o1", "c1", "gold", "w1",
                List.of(new OrderLine("l1", "p1", "s1", pcs(10))), null, null), 0, t0));
        o = order.evolve(o, new RecordEvent(new OrderLineReservedEvent("o1", "l1", "s1", "r1", pcs(10), null), 1, t0));
        List<com.opsledger.kernel.order.LineQuantity> all = List.of(
                new com.opsledger.kernel.order.LineQuantity("l1", pcs(10), List.of("r1")));
        OrderView out = order.evolve(o, new RecordEvent(
                new com.opsledger.kernel.order.OrderLinesDispatchedEvent("o1", "d1", all), 2, t0));
        assertThat(out.status()).isEqualTo("out-for-delivery");
        assertThat(out.lines().get(0).outForDelivery()).isEqualByComparingTo("10");

        OrderView delivered = order.evolve(out, new RecordEvent(
                new com.opsledger.kernel.order.OrderLinesDeliveredEvent("o1", "d1", all), 3, t0));
        assertThat(delivered.status()).isEqualTo("delivered");
        assertThat(delivered.lines().get(0).delivered()).isEqualByComparingTo("10");
        assertThat(delivered.lines().get(0).outForDelivery()).isEqualByComparingTo("0");

        OrderView back = order.evolve(out, new RecordEvent(
                new com.opsledger.kernel.order.OrderLinesReturnedEvent("o1", "d1", all), 3, t0));
        assertThat(back.status()).isEqualTo("placed");
        assertThat(back.lines().get(0).status()).isEqualTo("pending");
        assertThat(back.lines().get(0).reserved()).isEqualByComparingTo("0");
        assertThat(back.lines().get(0).pending()).isEqualByComparingTo("10");
    }
}
