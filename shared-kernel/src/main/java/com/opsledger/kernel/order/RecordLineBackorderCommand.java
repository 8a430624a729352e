package com.opsledger.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** What could not be reserved for a line waits on a backorder. */
public record RecordLineBackorderCommand(@TargetAggregateIdentifier String orderId, String lineId, String backorderId,
                                         BigDecimal quantity) {
}
