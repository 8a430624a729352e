package com.opsledger.kernel.order;

import com.opsledger.kernel.common.BusinessDates;
import com.opsledger.kernel.customer.Address;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** {@code scopeCustomerId}, when set, is the only customer the sender may order for. */
public record PlaceOrderCommand(@TargetAggregateIdentifier String orderId, String customerId, String warehouseId,
                                List<NewOrderLine> lines, Address deliveryAddress, LocalDate requestedDate,
                                String scopeCustomerId) {

    public PlaceOrderCommand {
        BusinessDates.require("requestedDate", requestedDate);
    }
}
