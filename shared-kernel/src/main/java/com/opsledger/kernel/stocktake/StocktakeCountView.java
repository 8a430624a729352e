package com.opsledger.kernel.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One count in a stocktake's history; {@code current} is false once a recount of the same stock item and batch
 * replaced it. The expected quantities are hidden from counters of a blind stocktake.
 */
public record StocktakeCountView(String stockItemId, String productId, String batch, BigDecimal counted,
                                 BigDecimal expectedAtStart, BigDecimal movementsSince, BigDecimal expected,
                                 boolean current, Instant countedAt, String countedBy) {
}
