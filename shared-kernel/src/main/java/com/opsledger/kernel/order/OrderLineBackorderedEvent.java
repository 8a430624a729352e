package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderLineBackorderedEvent(String orderId, String lineId, String backorderId, Quantity quantity)
        implements OrderEvent {
}
