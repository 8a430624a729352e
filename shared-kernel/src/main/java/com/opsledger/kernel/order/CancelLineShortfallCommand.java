package com.opsledger.kernel.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The backorder of a line was cancelled: what it still awaited will not come. */
public record CancelLineShortfallCommand(@TargetAggregateIdentifier String orderId, String lineId, String backorderId,
                                         BigDecimal quantity, String reason) {
}
