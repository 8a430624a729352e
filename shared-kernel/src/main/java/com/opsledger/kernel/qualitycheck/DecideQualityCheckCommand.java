package com.opsledger.kernel.qualitycheck;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Passes or rejects a check; a rejection needs a reason and what becomes of the goods. */
public record DecideQualityCheckCommand(@TargetAggregateIdentifier String qualityCheckId, String decision,
                                        String reason, String correctiveAction, String disposition) {
}
