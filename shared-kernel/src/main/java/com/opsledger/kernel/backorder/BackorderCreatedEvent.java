package com.opsledger.kernel.backorder;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The shortfall of an order line now waits for stock; {@code etaBasis} says where {@code eta} comes from. Revision 2
 * added the line's {@code unitPrice} and the product's preferred {@code supplierId} at that moment (both may be
 * null); revision 1 is read without them.
 */
@Revision("2")
public record BackorderCreatedEvent(String backorderId, String orderId, String lineId, String customerId,
                                    String productId, String warehouseId, String stockItemId, Quantity quantity,
                                    int priority, Instant slaDueDate, LocalDate eta, String etaBasis,
                                    Instant orderPlacedAt, Money unitPrice, String supplierId)
        implements BackorderEvent {

    /** A backorder without a price or a supplier. */
    public BackorderCreatedEvent(String backorderId, String orderId, String lineId, String customerId,
                                 String productId, String warehouseId, String stockItemId, Quantity quantity,
                                 int priority, Instant slaDueDate, LocalDate eta, String etaBasis,
                                 Instant orderPlacedAt) {
        this(backorderId, orderId, lineId, customerId, productId, warehouseId, stockItemId, quantity, priority,
                slaDueDate, eta, etaBasis, orderPlacedAt, null, null);
    }
}
