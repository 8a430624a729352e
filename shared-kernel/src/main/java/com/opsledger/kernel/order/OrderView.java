package com.opsledger.kernel.order;

import com.opsledger.kernel.common.Versioned;
import com.opsledger.kernel.customer.Address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Status: placed (being reserved), backordered, fulfilled, out-for-delivery, delivered or cancelled. */
public record OrderView(String id, String customerId, String warehouseId, String status, Address deliveryAddress,
                        LocalDate requestedDate, List<OrderLineView> lines, Instant placedAt, Instant updatedAt,
                        long version) implements Versioned {
}
