package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A line was cancelled: {@code quantity} is what it gave up (reserved and still awaited); its reservations are to be
 * released and its backorder, if any, cancelled.
 */
@Revision("1")
public record OrderLineCancelledEvent(String orderId, String lineId, String stockItemId, Quantity quantity,
                                      List<String> reservationIds, String backorderId, String reason)
        implements OrderEvent {
}
