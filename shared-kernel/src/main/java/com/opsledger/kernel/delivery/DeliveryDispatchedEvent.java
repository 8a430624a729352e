package com.opsledger.kernel.delivery;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The goods left the warehouse: the delivery's reservations are issued. {@code proofCodeHash} is the hash of the code
 * the customer is sent (null when their deliveries need none); the code itself is never stored.
 */
@Revision("1")
public record DeliveryDispatchedEvent(String deliveryId, String orderId, String customerId, List<DeliveryLine> lines,
                                      @Secret String proofCodeHash) implements DeliveryEvent {
}
