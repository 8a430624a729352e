package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock held until a quality check decides: one hold per check, on one batch. Held stock stays on hand but is not
 * available: it is not reserved, issued, adjusted down or written off, and a batch is held only as far as it is free.
 */
class Quarantine {

    record Hold(String qualityCheckId, String batch, Quantity quantity) {
    }

    private final Map<String, Hold> byCheck = new LinkedHashMap<>();

    Optional<Hold> of(String qualityCheckId) {
        return Optional.ofNullable(byCheck.get(qualityCheckId));
    }

    /** What a new hold for {@code qualityCheckId} takes: {@code wanted}, or all that is free of the batch when null. */
    Quantity toHold(String qualityCheckId, String batch, Quantity wanted, Quantity inBatch, Quantity available) {
        if (byCheck.containsKey(qualityCheckId)) {
            throw new BusinessRuleViolationException("already-quarantined",
                    "quality check " + qualityCheckId + " already holds stock of this item");
        }
        Quantity free = inBatch.minus(heldIn(batch, inBatch.unit()));
        Quantity quantity = wanted == null ? free.min(available) : wanted;
        if (!quantity.isPositive()) {
            throw new BusinessRuleViolationException("nothing-to-quarantine",
                    (batch == null ? "the stock without a batch" : "batch " + batch) + " has nothing free to hold");
        }
        if (quantity.isGreaterThan(free) || quantity.isGreaterThan(available)) {
            throw new BusinessRuleViolationException("insufficient-stock", "hold " + quantity + " of "
                    + (batch == null ? "the stock without a batch" : "batch " + batch) + " but only "
                    + free.min(available) + " is free");
        }
        return quantity;
    }

    void held(Hold hold) {
        byCheck.put(hold.qualityCheckId(), hold);
    }

    void released(String qualityCheckId) {
        byCheck.remove(qualityCheckId);
    }

    Quantity total(Quantity zero) {
        return byCheck.values().stream().map(Hold::quantity).reduce(zero, Quantity::plus);
    }

    /** The held stock as negative batch changes, to take away from the batches before picking. */
    List<BatchQuantity> heldBatches(Collection<BatchQuantity> batches) {
        return byCheck.values().stream().map(h -> new BatchQuantity(h.batch(), expiryOf(batches, h.batch()),
                h.quantity().negate())).toList();
    }

    private Quantity heldIn(String batch, String unit) {
        return byCheck.values().stream().filter(h -> Objects.equals(h.batch(), batch)).map(Hold::quantity)
                .reduce(Quantity.zero(unit), Quantity::plus);
    }

    private static LocalDate expiryOf(Collection<BatchQuantity> batches, String batch) {
        return batches.stream().filter(b -> Objects.equals(b.batch(), batch)).map(BatchQuantity::expiryDate)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
