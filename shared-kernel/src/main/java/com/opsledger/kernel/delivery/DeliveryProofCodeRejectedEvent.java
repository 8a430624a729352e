package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

/** A wrong code was given; {@code locked} when that was the last attempt (a manager must override). */
@Revision("1")
public record DeliveryProofCodeRejectedEvent(String deliveryId, int failedAttempts, boolean locked)
        implements DeliveryEvent {
}
