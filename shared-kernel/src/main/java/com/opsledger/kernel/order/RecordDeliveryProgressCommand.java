package com.opsledger.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Tells an order how one of its deliveries went: {@code step} dispatched (the goods left), delivered, or returned
 * (the goods came back and the lines are open again).
 */
public record RecordDeliveryProgressCommand(@TargetAggregateIdentifier String orderId, String deliveryId,
                                            String step, List<LineQuantity> lines) {

    public static final String DISPATCHED = "dispatched";
    public static final String DELIVERED = "delivered";
    public static final String RETURNED = "returned";
}
