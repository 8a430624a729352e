package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderLineReservedEvent(String orderId, String lineId, String stockItemId, String reservationId,
                                     Quantity quantity, String backorderId) implements OrderEvent {
}
