package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The batches a stock item holds. Stock leaves first-expiry-first-out: the batch that expires soonest goes first,
 * stock without an expiry date last.
 */
final class Batches {

    static final Comparator<BatchQuantity> FIRST_EXPIRY_FIRST_OUT = Comparator
            .comparing(BatchQuantity::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BatchQuantity::batch, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, BatchQuantity> byKey = new LinkedHashMap<>();

    List<BatchQuantity> held() {
        return List.copyOf(byKey.values());
    }

    void requireConsistentExpiry(String batch, LocalDate expiryDate) {
        BatchQuantity existing = batch == null ? null : byKey.get(key(batch));
        if (existing != null && !Objects.equals(existing.expiryDate(), expiryDate)) {
            throw new BusinessRuleViolationException("batch-expiry-mismatch", "batch " + batch + " expires on "
                    + existing.expiryDate() + ", not " + expiryDate);
        }
    }

    /** The batch a positive adjustment goes to: the named one (with its expiry) or stock without a batch. */
    BatchQuantity addition(String batch, Quantity quantity) {
        BatchQuantity existing = batch == null ? null : byKey.get(key(batch));
        return new BatchQuantity(batch, existing == null ? null : existing.expiryDate(), quantity);
    }

    /** Which batches {@code quantity} is taken from: only {@code batch} when named, otherwise first expiry first. */
    List<BatchQuantity> pick(Quantity quantity, String batch) {
        List<BatchQuantity> candidates;
        if (batch != null) {
            BatchQuantity named = byKey.get(key(batch));
            if (named == null) {
                throw new NotFoundException("batch", batch);
            }
            if (quantity.isGreaterThan(named.quantity())) {
                throw new BusinessRuleViolationException("insufficient-batch-stock",
                        "take " + quantity + " from batch " + batch + " but it holds only " + named.quantity());
            }
            candidates = List.of(named);
        } else {
            candidates = byKey.values().stream().sorted(FIRST_EXPIRY_FIRST_OUT).toList();
        }
        List<BatchQuantity> taken = new ArrayList<>();
        Quantity left = quantity;
        for (BatchQuantity candidate : candidates) {
            if (!left.isPositive()) {
                break;
            }
            Quantity part = left.min(candidate.quantity());
            taken.add(new BatchQuantity(candidate.batch(), candidate.expiryDate(), part));
            left = left.minus(part);
        }
        if (left.isPositive()) {
            throw new IllegalStateException("batches hold less than on-hand stock; missing " + left);
        }
        return taken;
    }

    void add(BatchQuantity change) {
        byKey.merge(key(change.batch()), change, (held, added) ->
                new BatchQuantity(held.batch(), held.expiryDate(), held.quantity().plus(added.quantity())));
        dropEmpty(change.batch());
    }

    void remove(BatchQuantity taken) {
        add(new BatchQuantity(taken.batch(), taken.expiryDate(), taken.quantity().negate()));
    }

    private void dropEmpty(String batch) {
        BatchQuantity held = byKey.get(key(batch));
        if (held != null && held.quantity().isZero()) {
            byKey.remove(key(batch));
        }
    }

    private static String key(String batch) {
        return batch == null ? "" : batch;
    }
}
