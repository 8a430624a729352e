package com.opsledger.kernel.delivery;

import org.axonframework.serialization.Revision;

/** A manager lifted the code requirement of a delivery whose proof was locked. */
@Revision("1")
public record DeliveryProofLockOverriddenEvent(String deliveryId, String reason) implements DeliveryEvent {
}
