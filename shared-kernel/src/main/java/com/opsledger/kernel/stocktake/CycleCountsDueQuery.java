package com.opsledger.kernel.stocktake;

import java.time.Instant;

/** The stock items of a warehouse whose cycle count is due at {@code now}. */
public record CycleCountsDueQuery(String warehouseId, Instant now) {
}
