package com.opsledger.command.qualitycheck;

import com.opsledger.kernel.qualitycheck.QualityScores;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How marks become a verdict: the overall score is the mean of the criteria given (two decimals, half up), and the
 * grade is excellent from 9, very-good from 8, good from 6.5, fair from 5, else poor.
 */
final class QualityGrading {

    private static final BigDecimal EXCELLENT = new BigDecimal("9");
    private static final BigDecimal VERY_GOOD = new BigDecimal("8");
    private static final BigDecimal GOOD = new BigDecimal("6.5");
    private static final BigDecimal FAIR = new BigDecimal("5");

    private QualityGrading() {
    }

    static BigDecimal overall(QualityScores scores) {
        int sum = scores.given().values().stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.given().size()), 2, RoundingMode.HALF_UP);
    }

    static String grade(BigDecimal overall) {
        if (overall.compareTo(EXCELLENT) >= 0) {
            return "excellent";
        }
        if (overall.compareTo(VERY_GOOD) >= 0) {
            return "very-good";
        }
        if (overall.compareTo(GOOD) >= 0) {
            return "good";
        }
        if (overall.compareTo(FAIR) >= 0) {
            return "fair";
        }
        return "poor";
    }
}
