package com.opsledger.kernel.qualitycheck;

import java.time.Instant;
import java.util.List;

/** A quality report: the figures of every check in range, their series, and the same per group. */
public record QualityReportView(String groupBy, String interval, Instant from, Instant to, QualityFiguresView total,
                                List<QualityReportPointView> series, List<QualityReportGroupView> groups) {
}
