package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** A part of the backorder was filled from reserved stock; {@code allocated} and {@code remaining} are the totals after. */
@Revision("1")
public record BackorderAllocatedEvent(String backorderId, String orderId, String lineId, String customerId,
                                      String stockItemId, String reservationId, Quantity quantity, Quantity allocated,
                                      Quantity remaining) implements BackorderEvent {
}
