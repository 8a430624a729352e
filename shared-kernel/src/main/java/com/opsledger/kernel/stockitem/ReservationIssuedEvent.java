package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A reservation left the warehouse; {@code batches} says which batches it was taken from (first expiry first). */
@Revision("1")
public record ReservationIssuedEvent(String stockItemId, String reservationId, Quantity quantity, String reference,
                                     List<BatchQuantity> batches, StockLevels levels) implements StockLevelsChangedEvent {
}
