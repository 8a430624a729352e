package com.opsledger.query.dashboard;

import com.opsledger.kernel.backorder.BackorderAllocatedEvent;
import com.opsledger.kernel.backorder.BackorderCancelledEvent;
import com.opsledger.kernel.backorder.BackorderCreatedEvent;
import com.opsledger.kernel.backorder.BackorderFulfilledEvent;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.query.audit.RecordEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A backorder's fulfilment time runs from its creation to its filling; a cancelled one is never filled. */
class BackorderFulfilmentTest {

    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Quantity pcs(int amount) {
        return Quantity.of(BigDecimal.valueOf(amount), "pcs");
    }

    private BackorderFulfilment created() {
        return BackorderFulfilment.evolve(null, new RecordEvent(new BackorderCreatedEvent("b1", "o1", "l1", "c1",
                "p1", "w1", "s1", pcs(10), 1, null, null, null, t0, null, "sup1"), 0, t0));
    }

    @Test
    void canCountTheHoursFromCreationToFilling() {
        BackorderFulfilment open = created();
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.supplierId()).isEqualTo("sup1");
        assertThat(open.filledAt()).isNull();

        BackorderFulfilment allocated = BackorderFulfilment.evolve(open, new RecordEvent(new BackorderAllocatedEvent(
                "b1", "o1", "l1", "c1", "s1", "r1", pcs(4), pcs(4), pcs(6)), 1, t0.plus(Duration.ofHours(1))));
        assertThat(allocated).isSameAs(open);

        Instant filledAt = t0.plus(Duration.ofMinutes(7 * 60 + 30)).plusNanos(1_500);
        BackorderFulfilment filled = BackorderFulfilment.evolve(allocated, new RecordEvent(
                new BackorderFulfilledEvent("b1", "o1", "l1", "c1", "s1"), 2, filledAt));
        assertThat(filled.status()).isEqualTo("filled");
        assertThat(filled.hours()).isEqualByComparingTo("7.5");
        assertThat(filled.filledAt()).as("kept to the microsecond, as PostgreSQL keeps it")
                .isEqualTo(t0.plus(Duration.ofMinutes(7 * 60 + 30)).plusNanos(1_000));
        assertThat(filled.createdAt()).isEqualTo(t0);
        assertThat(filled.version()).isEqualTo(2);
    }

    @Test
    void cannotFillACancelledBackorderNorOneItNeverSawCreated() {
        BackorderFulfilment cancelled = BackorderFulfilment.evolve(created(), new RecordEvent(
                new BackorderCancelledEvent("b1", "o1", "l1", "c1", "s1", pcs(10), "no longer needed"), 1, t0));
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.hours()).isNull();
        assertThat(BackorderFulfilment.evolve(cancelled, new RecordEvent(new BackorderFulfilledEvent("b1", "o1", "l1",
                "c1", "s1"), 2, t0.plusSeconds(60)))).isSameAs(cancelled);
        assertThat(BackorderFulfilment.evolve(null, new RecordEvent(new BackorderFulfilledEvent("b1", "o1", "l1",
                "c1", "s1"), 2, t0))).as("a back-fill brings the backorders created before").isNull();
    }

    @Test
    void canCountHoursOverDays() {
        assertThat(BackorderFulfilment.hoursBetween(t0, t0.plus(Duration.ofDays(3)).plusSeconds(36)))
                .isEqualByComparingTo("72.01");
    }
}
