package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record StockReceivedEvent(String stockItemId, Quantity quantity, String batch, LocalDate expiryDate,
                                 StockLevels levels) {
}
