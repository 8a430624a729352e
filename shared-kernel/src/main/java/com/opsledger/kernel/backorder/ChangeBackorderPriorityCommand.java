package com.opsledger.kernel.backorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager overrides the priority; the reason is kept with it. */
public record ChangeBackorderPriorityCommand(@TargetAggregateIdentifier String backorderId, Integer priority,
                                             String reason) {
}
