package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ReservationReleasedEvent(String stockItemId, String reservationId, Quantity quantity, String reference,
                                       StockLevels levels) implements StockLevelsChangedEvent {
}
