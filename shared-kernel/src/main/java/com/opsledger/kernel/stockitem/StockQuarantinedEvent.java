package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** A batch is held for quality check {@code qualityCheckId}: still on hand, no longer available. */
@Revision("1")
public record StockQuarantinedEvent(String stockItemId, String qualityCheckId, String batch, Quantity quantity,
                                    String reason, StockLevels levels) {
}
