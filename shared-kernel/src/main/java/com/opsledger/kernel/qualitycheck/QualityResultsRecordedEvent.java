package com.opsledger.kernel.qualitycheck;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** An inspector's findings: the scores, their mean ({@code overallScore}) and the grade it earns. */
@Revision("1")
public record QualityResultsRecordedEvent(String qualityCheckId, QualityScores scores, BigDecimal overallScore,
                                          String grade, BigDecimal temperatureC, BigDecimal humidityPct,
                                          BigDecimal weightKg, String note, String inspectorId)
        implements QualityCheckEvent {
}
