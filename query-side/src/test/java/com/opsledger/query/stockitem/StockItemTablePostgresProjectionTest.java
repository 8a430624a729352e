package com.opsledger.query.stockitem;

import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;
import com.opsledger.kernel.stockitem.Lot;
import com.opsledger.kernel.stockitem.ReservationIssuedEvent;
import com.opsledger.kernel.stockitem.QuarantinedStockDisposedEvent;
import com.opsledger.kernel.stockitem.StockAdjustedEvent;
import com.opsledger.kernel.stockitem.StockItemOpenedEvent;
import com.opsledger.kernel.stockitem.StockQuarantinedEvent;
import com.opsledger.kernel.stockitem.StockReleasedFromQuarantineEvent;
import com.opsledger.kernel.stockitem.StockLevels;
import com.opsledger.kernel.stockitem.StockReceivedEvent;
import com.opsledger.query.audit.RecordEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stock item evolves by its movements, batches in and out, the same for its table row and for its past. */
class StockItemTablePostgresProjectionTest {

    private final StockItemTablePostgresProjection item = new StockItemTablePostgresProjection(null, null);
    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Quantity pcs(String amount) {
        return Quantity.of(new BigDecimal(amount), "pcs");
    }

    @Test
    void canFoldReceiptsAndAnIssueIntoLevelsAndBatches() {
        StockItemState s = item.evolve(null, new RecordEvent(new StockItemOpenedEvent("s1", "p1", "w1", "pcs"), 0, t0));
        s = item.evolve(s, new RecordEvent(new StockReceivedEvent("s1", pcs("10.000"), Lot.of("B1", null),
                new StockLevels(pcs("10"), pcs("0"))), 1, t0.plusSeconds(1)));
        s = item.evolve(s, new RecordEvent(new ReservationIssuedEvent("s1", "r1", pcs("4"), "o1",
                List.of(new BatchQuantity("B1", null, pcs("4"))), new StockLevels(pcs("6"), pcs("0"))), 2,
                t0.plusSeconds(2)));

        assertThat(s.onHand()).isEqualByComparingTo("6");
        assertThat(s.available()).isEqualByComparingTo("6");
        assertThat(s.batches()).extracting(BatchView::batch).containsExactly("B1");
        assertThat(s.batches().get(0).quantity()).isEqualByComparingTo("6");
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.updatedAt()).isEqualTo(t0.plusSeconds(2));
    }

    @Test
    void cannotApplyAnEventTheStoredStateAlreadyIncludes() {
        StockItemState s = item.evolve(null, new RecordEvent(new StockItemOpenedEvent("s1", "p1", "w1", "pcs"), 0, t0));
        assertThat(item.evolveOnce(s, new RecordEvent(new StockItemOpenedEvent("s1", "p1", "w1", "pcs"), 0, t0)))
                .isNull();
    }

    @Test
    void canTellTheLedgerWhichWayAMovementWent() {
        StockMovement issued = StockMovement.of(new ReservationIssuedEvent("s1", "r1", pcs("4"), "o1", List.of(),
                new StockLevels(pcs("6"), pcs("0"))));
        StockMovement received = StockMovement.of(new StockReceivedEvent("s1", pcs("10"), null,
                new StockLevels(pcs("10"), pcs("0"))));
        assertThat(issued.type()).isEqualTo("issued");
        assertThat(issued.signedQuantity()).isEqualByComparingTo("-4");
        assertThat(received.signedQuantity()).isEqualByComparingTo("10");
        assertThat(received.batches()).containsExactly(new BatchQuantity(null, null, pcs("10")));
    }

    @Test
    void canShowHeldStockAsQuarantinedPerBatchAndNotAvailableUntilItsHoldEnds() {
        StockItemState s = item.evolve(null, new RecordEvent(new StockItemOpenedEvent("s1", "p1", "w1", "pcs"), 0, t0));
        s = item.evolve(s, new RecordEvent(new StockReceivedEvent("s1", pcs("10"), Lot.of("B1", null),
                new StockLevels(pcs("10"), pcs("0"))), 1, t0));
        s = item.evolve(s, new RecordEvent(new StockReceivedEvent("s1", pcs("6"), Lot.of("B2", null),
                new StockLevels(pcs("16"), pcs("0"))), 2, t0));
        s = item.evolve(s, new RecordEvent(new StockQuarantinedEvent("s1", "qc1", "B2", pcs("6"), "incoming",
                new StockLevels(pcs("16"), pcs("0"), pcs("6"))), 3, t0));
        s = item.evolve(s, new RecordEvent(new StockQuarantinedEvent("s1", "qc2", "B1", pcs("4"), "storage",
                new StockLevels(pcs("16"), pcs("0"), pcs("10"))), 4, t0));

        assertThat(s.onHand()).isEqualByComparingTo("16");
        assertThat(s.quarantined()).isEqualByComparingTo("10");
        assertThat(s.available()).isEqualByComparingTo("6");
        assertThat(s.batches()).extracting(BatchView::batch).containsExactly("B1", "B2");
        assertThat(s.batches()).extracting(BatchView::quarantined).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), new BigDecimal("6"));
        assertThat(s.version()).isEqualTo(4);

        s = item.evolve(s, new RecordEvent(new StockReleasedFromQuarantineEvent("s1", "qc1", "B2", pcs("6"),
                new StockLevels(pcs("16"), pcs("0"), pcs("4"))), 5, t0));
        assertThat(s.quarantined()).isEqualByComparingTo("4");
        assertThat(s.available()).isEqualByComparingTo("12");
        assertThat(s.batches().get(1).quarantined()).isEqualByComparingTo("0");

        s = item.evolve(s, new RecordEvent(new QuarantinedStockDisposedEvent("s1", "qc2", "B1", pcs("4"),
                "return-to-supplier"), 6, t0));
        s = item.evolve(s, new RecordEvent(new StockAdjustedEvent("s1", pcs("-4"), "returned to supplier",
                List.of(new BatchQuantity("B1", null, pcs("-4"))), new StockLevels(pcs("12"), pcs("0"))), 7, t0));
        assertThat(s.onHand()).isEqualByComparingTo("12");
        assertThat(s.quarantined()).isEqualByComparingTo("0");
        assertThat(s.available()).isEqualByComparingTo("12");
        assertThat(s.batches()).extracting(BatchView::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("6"));
    }
}
