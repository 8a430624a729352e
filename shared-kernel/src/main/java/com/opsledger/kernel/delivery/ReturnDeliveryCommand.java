package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A failed delivery's goods come back: to stock ({@code restock}) or written off, with a reason for a write-off. */
public record ReturnDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String disposition,
                                    String reason) {
}
