package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Stock left as waste. Revision 2 adds the write-off's id, how the waste is disposed of and its value by the valuation
 * rule (null where the product has neither cost nor purchase price); revision 1 is read with all three null.
 */
@Revision("2")
public record StockWrittenOffEvent(String stockItemId, Quantity quantity, String reason, List<BatchQuantity> batches,
                                   StockLevels levels, String writeOffId, String disposalMethod, Money value)
        implements StockLevelsChangedEvent {

    /** A write-off of revision 1's shape: no id, disposal method nor value. */
    public StockWrittenOffEvent(String stockItemId, Quantity quantity, String reason, List<BatchQuantity> batches,
                                StockLevels levels) {
        this(stockItemId, quantity, reason, batches, levels, null, null, null);
    }
}
