package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.List;

/** On-hand stock corrected by a signed {@code quantity}; {@code batches} holds the signed change per batch. */
@Revision("1")
public record StockAdjustedEvent(String stockItemId, Quantity quantity, String reason, List<BatchQuantity> batches,
                                 StockLevels levels) implements StockLevelsChangedEvent {
}
