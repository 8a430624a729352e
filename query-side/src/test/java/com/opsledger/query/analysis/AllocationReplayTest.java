package com.opsledger.query.analysis;

import com.opsledger.kernel.common.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationReplayTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private static final String ITEM = "item-1";

    /** A standard customer's 10 first, then two gold customers' 2 and 3; 10 arrive, served gold first in reality. */
    private static List<HistoryEvent> history() {
        List<HistoryEvent> events = new ArrayList<>();
        created(events, "a", "STANDARD", 100, 10, 0, new BigDecimal("1.00"));
        created(events, "b", "GOLD", 300, 2, 1, new BigDecimal("20.00"));
        created(events, "c", "GOLD", 300, 3, 2, null);
        Instant arrival = T0.plusSeconds(3 * 3600);
        events.add(allocated("b", 2, arrival));
        events.add(new HistoryEvent(HistoryEvent.Kind.FULFILLED, arrival, "b", null, ITEM, null, null, 0, null, null, null));
        events.add(allocated("c", 3, arrival));
        events.add(new HistoryEvent(HistoryEvent.Kind.FULFILLED, arrival, "c", null, ITEM, null, null, 0, null, null, null));
        events.add(allocated("a", 5, arrival));
        return events;
    }

    private static void created(List<HistoryEvent> events, String id, String tier, int priority, int quantity,
                                int hour, BigDecimal price) {
        Instant at = T0.plusSeconds(hour * 60L);
        events.add(new HistoryEvent(HistoryEvent.Kind.ORDER_PLACED, at, null, "order-" + id, null, tier, null, 0,
                null, null, null));
        events.add(new HistoryEvent(HistoryEvent.Kind.BACKORDER_CREATED, at, id, "order-" + id, ITEM, null,
                BigDecimal.valueOf(quantity), priority, at.plusSeconds(86_400), at, price));
    }

    private static HistoryEvent allocated(String id, int quantity, Instant at) {
        return new HistoryEvent(HistoryEvent.Kind.ALLOCATED, at, id, null, ITEM, null, BigDecimal.valueOf(quantity), 0,
                null, null, null);
    }

    private static WhatIfView replay(WhatIfRequest.Policy policy) {
        return AllocationReplay.run(T0, T0.plusSeconds(86_400 * 2), history(), WhatIfOrdering.of(policy), p -> {
        });
    }

    @Test
    void canTellTheActualOutcomeFromTheEvents() {
        PolicyKpis actual = replay(new WhatIfRequest.Policy(List.of("age"), null, null)).actual();
        assertThat(actual.backorders()).isEqualTo(3);
        assertThat(actual.filled()).isEqualTo(2);
        assertThat(actual.fillRate()).isEqualByComparingTo("0.6667");
        assertThat(actual.slaBreaches()).as("the standard one is still open a day after its due date").isEqualTo(1);
        assertThat(actual.byTier().get("GOLD").filled()).isEqualTo(2);
        assertThat(actual.byTier().get("STANDARD").filled()).isZero();
    }

    @Test
    void canServeTheOldestFirstAndFillFewer() {
        PolicyKpis alternative = replay(new WhatIfRequest.Policy(List.of("age"), null, null)).alternative();
        assertThat(alternative.filled()).isEqualTo(1);
        assertThat(alternative.fillRate()).isEqualByComparingTo("0.3333");
        assertThat(alternative.byTier().get("STANDARD").filled()).isEqualTo(1);
        assertThat(alternative.averageFulfilmentHours()).isEqualByComparingTo("3.00");
    }

    @Test
    void canReproduceTheActualOutcomeWithTheActualPolicy() {
        WhatIfView view = replay(new WhatIfRequest.Policy(List.of("priority", "dueDate", "age"), null, null));
        assertThat(view.alternative()).isEqualTo(view.actual());
    }

    @Test
    void canHoldPartOfEachArrivalForGold() {
        PolicyKpis alternative = replay(new WhatIfRequest.Policy(List.of("age"), null, 50)).alternative();
        assertThat(alternative.filled()).isEqualTo(2);
        assertThat(alternative.byTier().get("GOLD").filled()).isEqualTo(2);
    }

    @Test
    void canWeighTiersAsTold() {
        PolicyKpis alternative = replay(new WhatIfRequest.Policy(List.of("tier", "age"),
                Map.of("standard", 10, "gold", 1), null)).alternative();
        assertThat(alternative.byTier().get("STANDARD").filled()).isEqualTo(1);
    }

    @Test
    void canServeTheMostValuableFirstAndCountAQuantityWithoutAPrice() {
        PolicyKpis alternative = replay(new WhatIfRequest.Policy(List.of("value"), null, null)).alternative();
        assertThat(alternative.byTier().get("GOLD").filled()).as("b is worth 40, a 10, c (no price) 3").isEqualTo(1);
        assertThat(alternative.byTier().get("STANDARD").filled()).isEqualTo(0);
        assertThat(alternative.filled()).isEqualTo(1);
    }

    @Test
    void cannotOrderByAnUnknownKey() {
        assertThatThrownBy(() -> WhatIfOrdering.of(new WhatIfRequest.Policy(List.of("size"), null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("policy.order");
        assertThatThrownBy(() -> WhatIfOrdering.of(new WhatIfRequest.Policy(List.of("age"), null, 101)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reserveForGold");
        assertThatThrownBy(() -> WhatIfOrdering.of(new WhatIfRequest.Policy(List.of("age"), Map.of("iron", 1), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("tierWeights");
    }
}
