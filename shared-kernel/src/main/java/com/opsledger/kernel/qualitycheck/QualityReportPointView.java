package com.opsledger.kernel.qualitycheck;

import java.time.Instant;

/** The figures of the checks opened in the interval that starts at {@code start}. */
public record QualityReportPointView(Instant start, QualityFiguresView figures) {
}
