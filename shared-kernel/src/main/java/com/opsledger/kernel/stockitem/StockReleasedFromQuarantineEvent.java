package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** The stock quality check {@code qualityCheckId} held is available again: an arrival, as a receipt is. */
@Revision("1")
public record StockReleasedFromQuarantineEvent(String stockItemId, String qualityCheckId, String batch,
                                               Quantity quantity, StockLevels levels) {
}
