package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The goods were handed over to {@code receivedBy}; the files are stored by their content hash. */
@Revision("1")
public record DeliveryDeliveredEvent(String deliveryId, String orderId, String customerId, List<DeliveryLine> lines,
                                     String receivedBy, boolean codeVerified, ProofOfDelivery signature,
                                     ProofOfDelivery photo) implements DeliveryEvent {
}
