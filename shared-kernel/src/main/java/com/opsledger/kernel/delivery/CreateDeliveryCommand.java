package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Plans a delivery of an order's reserved goods; {@code lines} null or empty takes every line that is ready. */
public record CreateDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String number, String orderId,
                                    List<NewDeliveryLine> lines, TimeSlot timeSlot, String instructions,
                                    boolean automatic) {
}
