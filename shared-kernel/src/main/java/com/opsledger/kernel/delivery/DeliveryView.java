package com.opsledger.kernel.delivery;

import com.opsledger.kernel.common.Versioned;
import com.opsledger.kernel.customer.Address;

import java.time.Instant;
import java.util.List;

/**
 * Status: pending, scheduled, out-for-delivery, delivered, failed, returned or cancelled. {@code address} is the
 * order's delivery address; {@code eta} the planned arrival on its route.
 */
public record DeliveryView(String id, String number, String orderId, String customerId, String warehouseId,
                           String status, List<DeliveryLineView> lines, Address address, TimeSlot timeSlot,
                           String instructions, String routeId, Integer stopSequence, Instant eta, String driverId,
                           String vehicleId, Instant dispatchedAt, Instant deliveredAt, String receivedBy,
                           String failureReason, String failureNote, String returnDisposition, ProofView proof,
                           Instant createdAt, Instant updatedAt, long version) implements Versioned {
}
