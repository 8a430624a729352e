package com.opsledger.kernel.backorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkBackorderSlaAtRiskCommand(@TargetAggregateIdentifier String backorderId) {
}
