package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record StockWrittenOffEvent(String stockItemId, Quantity quantity, String reason, List<BatchQuantity> batches,
                                   StockLevels levels) implements StockLevelsChangedEvent {
}
