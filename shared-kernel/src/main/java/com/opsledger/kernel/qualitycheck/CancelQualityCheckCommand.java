package com.opsledger.kernel.qualitycheck;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an open check (opened by mistake, goods gone) without a decision. */
public record CancelQualityCheckCommand(@TargetAggregateIdentifier String qualityCheckId, String reason) {
}
