package com.opsledger.kernel.delivery;

/** One delivery, seen by a caller held to {@code scopeCustomerId} or {@code scopeDriverId} (null: staff). */
public record FindDeliveryQuery(String deliveryId, String scopeCustomerId, String scopeDriverId) {
}
