package com.opsledger.kernel.stocktake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stock item due for counting: its class ({@code A}, {@code B}, {@code C}) by the value it moved in the window,
 * when it was last counted by an approved stocktake (null: never) and since when it is due.
 */
public record CycleCountDueView(String stockItemId, String productId, String sku, String productName,
                                String cycleClass, BigDecimal valueMoved, Instant lastCountedAt, Instant dueSince) {
}
