package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds signed batch changes into the list of batches a stock item holds; empty batches disappear. Each batch keeps
 * what quality holds of it ({@code quarantined}), which only a hold, its release or its disposal changes.
 */
final class BatchBalances {

    private BatchBalances() {
    }

    static List<BatchView> apply(List<BatchView> held, BatchQuantity change, int sign) {
        List<BatchView> result = new ArrayList<>();
        boolean merged = false;
        BigDecimal delta = change.quantity().amount().multiply(BigDecimal.valueOf(sign));
        for (BatchView batch : held) {
            if (!merged && Objects.equals(batch.batch(), change.batch())) {
                merged = true;
                BigDecimal left = batch.quantity().add(delta);
                if (left.signum() != 0) {
                    result.add(new BatchView(batch.batch(), batch.expiryDate(), left, quarantined(batch)));
                }
            } else {
                result.add(batch);
            }
        }
        if (!merged && delta.signum() != 0) {
            result.add(new BatchView(change.batch(), change.expiryDate(), delta, BigDecimal.ZERO));
        }
        return result;
    }

    /** The batches after quality holds {@code delta} more of {@code batch} (less, when negative). */
    static List<BatchView> hold(List<BatchView> held, String batch, BigDecimal delta) {
        List<BatchView> result = new ArrayList<>();
        for (BatchView b : held) {
            result.add(Objects.equals(b.batch(), batch)
                    ? new BatchView(b.batch(), b.expiryDate(), b.quantity(), quarantined(b).add(delta)) : b);
        }
        return result;
    }

    /** What quality holds of all the batches. */
    static BigDecimal quarantined(List<BatchView> held) {
        return held.stream().map(BatchBalances::quarantined).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Rows written before holds were kept per batch have none. */
    static BigDecimal quarantined(BatchView batch) {
        return batch.quarantined() == null ? BigDecimal.ZERO : batch.quarantined();
    }
}
