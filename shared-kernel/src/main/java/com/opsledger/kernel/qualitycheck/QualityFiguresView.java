package com.opsledger.kernel.qualitycheck;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of some checks: how many, how many decided, passed and rejected, the pass rate (passed / decided, null
 * before any decision), the mean overall score and the mean score of each criterion given.
 */
public record QualityFiguresView(long checks, long decided, long passed, long rejected, BigDecimal passRate,
                                 BigDecimal overallScore, Map<String, BigDecimal> meanScores) {
}
