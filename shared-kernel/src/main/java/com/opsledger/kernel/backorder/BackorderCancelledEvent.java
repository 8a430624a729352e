package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** The backorder will not be filled further; {@code remaining} is what it still awaited. */
@Revision("1")
public record BackorderCancelledEvent(String backorderId, String orderId, String lineId, String customerId,
                                      String stockItemId, Quantity remaining, String reason)
        implements BackorderEvent, BackorderClosedEvent {
}
