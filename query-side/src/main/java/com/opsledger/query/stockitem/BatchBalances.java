package com.opsledger.query.stockitem;

import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stockitem.BatchView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Folds signed batch changes into the list of batches a stock item holds; empty batches disappear. */
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
                    result.add(new BatchView(batch.batch(), batch.expiryDate(), left));
                }
            } else {
                result.add(batch);
            }
        }
        if (!merged && delta.signum() != 0) {
            result.add(new BatchView(change.batch(), change.expiryDate(), delta));
        }
        return result;
    }
}
