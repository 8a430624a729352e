package com.opsledger.command.stocktake;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.stocktake.CountLine;
import com.opsledger.kernel.stocktake.StockCount;
import com.opsledger.kernel.stocktake.StocktakeItem;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a count line becomes a count: the stock item must be in the stocktake's scope; a line with a batch counts that
 * batch, one without counts the whole item, and one item is counted one way or the other, never both (the two would
 * count the same stock twice). What the count is expected to find is the balance at the stocktake's start plus the
 * movements between then and the count, so stock that moved while counting is not taken for a variance.
 */
final class Counting {

    static final int MAX_LINES = 500;

    private Counting() {
    }

    /** Keys counts by stock item and batch ("" for the whole item). */
    static String key(String stockItemId, String batch) {
        return stockItemId + "|" + (batch == null ? "" : batch);
    }

    static void requireSize(Collection<?> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidValueException("counts", "must hold 1 to " + MAX_LINES + " counts");
        }
    }

    /** A count line as a request gives it, refused naming {@code field} when it cannot be one. */
    static CountLine line(String field, String stockItemId, String batch, BigDecimal quantity) {
        String id = Ids.requireValid(field + ".stockItemId", stockItemId);
        String named = FreeText.orNull(batch);
        if (named != null && named.length() > 64) {
            throw new InvalidValueException(field + ".batch", "must be at most 64 characters");
        }
        if (quantity == null) {
            throw new InvalidValueException(field + ".quantity", "is required");
        }
        Quantity.requireInRange(field + ".quantity", quantity);
        if (quantity.signum() < 0) {
            throw new InvalidValueException(field + ".quantity", "must not be negative");
        }
        return new CountLine(id, named, quantity);
    }

    static void requireLines(Collection<CountLine> lines) {
        requireSize(lines);
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (CountLine line : lines) {
            String field = "counts[" + index++ + "]";
            if (line == null || line.stockItemId() == null || line.stockItemId().isBlank()) {
                throw new InvalidValueException(field + ".stockItemId", "is required");
            }
            if (!seen.add(key(line.stockItemId(), line.batch()))) {
                throw new InvalidValueException(field, "counts stock item " + line.stockItemId()
                        + (line.batch() == null ? "" : " batch " + line.batch()) + " a second time");
            }
        }
    }

    /** The count of {@code line}, given the item as it started and as it holds now. */
    static StockCount count(String field, CountLine line, Map<String, StocktakeItem> itemsAtStart,
                            Set<String> countedKeys, StocktakeItem now) {
        StocktakeItem atStart = itemsAtStart.get(line.stockItemId());
        if (atStart == null) {
            throw new BusinessRuleViolationException("not-in-stocktake", field + ".stockItemId: stock item "
                    + line.stockItemId() + " is not in this stocktake's scope");
        }
        for (String counted : countedKeys) {
            boolean sameItem = counted.startsWith(line.stockItemId() + "|");
            boolean wholeCounted = counted.equals(key(line.stockItemId(), null));
            if (sameItem && (line.batch() == null ? !wholeCounted : wholeCounted)) {
                throw new BusinessRuleViolationException("count-mixes-batches", field + ": stock item "
                        + line.stockItemId() + " is counted " + (line.batch() == null ? "by batch" : "as a whole")
                        + " already; count it one way only");
            }
        }
        String unit = atStart.onHand().unit();
        if (line.quantity() == null) {
            throw new InvalidValueException(field + ".quantity", "is required");
        }
        Quantity counted = Quantity.of(Quantity.requireInRange(field + ".quantity", line.quantity()), unit);
        if (counted.isNegative()) {
            throw new InvalidValueException(field + ".quantity", "must not be negative");
        }
        Quantity expectedAtStart = held(atStart, line.batch());
        Quantity current = now == null ? expectedAtStart : held(now, line.batch());
        return new StockCount(line.stockItemId(), atStart.productId(), line.batch(), counted, expectedAtStart,
                current.minus(expectedAtStart));
    }

    private static Quantity held(StocktakeItem item, String batch) {
        if (batch == null) {
            return item.onHand();
        }
        return item.batches().stream().filter(b -> Objects.equals(b.batch(), batch)).map(BatchQuantity::quantity)
                .reduce(Quantity::plus).orElse(Quantity.of(BigDecimal.ZERO, item.onHand().unit()));
    }
}
