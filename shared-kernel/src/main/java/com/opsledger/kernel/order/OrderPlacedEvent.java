package com.opsledger.kernel.order;

import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.privacy.DataSubject;
import com.opsledger.kernel.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An order was placed; {@code customerTier} is the customer's tier at that moment (it sets backorder priority).
 * Revision 2 gave the lines a {@code unitPrice}; revision 1 is read with unpriced lines.
 */
@Revision("2")
public record OrderPlacedEvent(String orderId, @DataSubject String customerId, String customerTier,
                               String warehouseId, List<OrderLine> lines, @PersonalData Address deliveryAddress,
                               LocalDate requestedDate) implements OrderEvent {
}
