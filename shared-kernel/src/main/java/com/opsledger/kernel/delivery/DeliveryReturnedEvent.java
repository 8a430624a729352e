package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A failed delivery's goods came back: {@code disposition} restock (to stock) or write-off. */
@Revision("1")
public record DeliveryReturnedEvent(String deliveryId, String orderId, List<DeliveryLine> lines, String disposition,
                                    String reason) implements DeliveryEvent {
}
