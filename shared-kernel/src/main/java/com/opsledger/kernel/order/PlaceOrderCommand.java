package com.opsledger.kernel.order;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.customer.Address;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code scopeCustomerId}, when set, is the only customer the sender may order for; {@code mayPrice} says whether the
 * sender may set a line's unit price instead of the product's list price.
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId, String customerId, String warehouseId,
                                List<NewOrderLine> lines, Address deliveryAddress, LocalDate requestedDate,
                                String scopeCustomerId, boolean mayPrice) {

    public PlaceOrderCommand {
        BusinessDates.require("requestedDate", requestedDate);
    }

    /** An order whose sender may not set prices. */
    public PlaceOrderCommand(String orderId, String customerId, String warehouseId, List<NewOrderLine> lines,
                             Address deliveryAddress, LocalDate requestedDate, String scopeCustomerId) {
        this(orderId, customerId, warehouseId, lines, deliveryAddress, requestedDate, scopeCustomerId, false);
    }
}
