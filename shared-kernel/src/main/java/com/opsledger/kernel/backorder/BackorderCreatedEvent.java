package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The shortfall of an order line now waits for stock; {@code etaBasis} says where {@code eta} comes from. */
@Revision("1")
public record BackorderCreatedEvent(String backorderId, String orderId, String lineId, String customerId,
                                    String productId, String warehouseId, String stockItemId, Quantity quantity,
                                    int priority, Instant slaDueDate, LocalDate eta, String etaBasis,
                                    Instant orderPlacedAt) implements BackorderEvent {
}
