package com.opsledger.kernel.qualitycheck;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Records what an inspector found; a later recording replaces an earlier one while the check is open. */
public record RecordQualityResultsCommand(@TargetAggregateIdentifier String qualityCheckId, QualityScores scores,
                                          BigDecimal temperatureC, BigDecimal humidityPct, BigDecimal weightKg,
                                          String note) {
}
