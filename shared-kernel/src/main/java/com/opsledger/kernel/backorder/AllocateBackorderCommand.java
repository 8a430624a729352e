package com.opsledger.kernel.backorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Stock reserved under {@code reservationId} goes to the backorder. */
public record AllocateBackorderCommand(@TargetAggregateIdentifier String backorderId, String reservationId,
                                       BigDecimal quantity) {
}
